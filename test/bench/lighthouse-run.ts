/**
 * Lighthouse (its default, mobile configuration: an emulated phone and simulated slow 4G and CPU) on
 * Debian's Chromium, started by chrome-launcher (which Lighthouse depends on) with a fresh profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath } from '../helpers/browser.ts';
import { loopbackOnly } from './browser.ts';
import { categoryIds, type FailingAudit, type LighthouseResult } from './results.ts';

/** The installed Lighthouse's version. */
export const lighthouseVersion = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lighthouse/package.json'), 'utf8')) as { version: string }).version;

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  loopbackOnly,
];

/** Lighthouse's audits that kept a category from a full score (audits that only inform are left out). */
function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of categoryIds) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const counted = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings';
      const errored = audit.scoreDisplayMode === 'error';
      if (errored || (counted && audit.score !== null && audit.score < 1)) {
        failing.push({
          category,
          id: audit.id,
          title: errored ? `${audit.title} (audit errored: ${audit.errorMessage ?? 'no message'})` : audit.title,
          score: audit.score ?? 0,
          weight: ref.weight,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        });
      }
    }
  }
  return failing;
}

function numeric(lhr: Result, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

/** Every URL Lighthouse's page asked for that is not on `origin`. */
function foreignRequests(lhr: Result, origin: string): string[] {
  const details = lhr.audits['network-requests']?.details;
  if (!details || details.type !== 'table') return [];
  return details.items
    .map((item) => String(item['url'] ?? ''))
    .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

export interface LighthouseSession {
  chromium: string;
  /** Audits `url`, and writes the full report (JSON) to `reportFile` for a closer look. */
  audit(url: string, reportFile: string): Promise<LighthouseResult>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseSession> {
  const profile = mkdtempSync(join(tmpdir(), 'sowg-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags, userDataDir: profile, logLevel: 'error' });
  let chromium = 'unknown';
  return {
    get chromium() {
      return chromium;
    },
    async audit(url, reportFile) {
      const runner = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categoryIds],
      });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = runner.lhr;
      writeFileSync(reportFile, typeof runner.report === 'string' ? runner.report : JSON.stringify(lhr));
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      chromium = lhr.environment.hostUserAgent.match(/(?:HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? chromium;
      const score = (category: (typeof categoryIds)[number]): number | null => {
        const value = lhr.categories[category]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      return {
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        fcpMs: numeric(lhr, 'first-contentful-paint'),
        lcpMs: numeric(lhr, 'largest-contentful-paint'),
        tbtMs: numeric(lhr, 'total-blocking-time'),
        cls: numeric(lhr, 'cumulative-layout-shift'),
        failing: failingAudits(lhr),
        foreignRequests: foreignRequests(lhr, new URL(url).origin),
        warnings: lhr.runWarnings.map(String),
        benchmarkIndex: lhr.environment.benchmarkIndex,
      };
    },
    async close() {
      chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
