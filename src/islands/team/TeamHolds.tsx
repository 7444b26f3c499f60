import type { TeamPicture } from '../../lib/team/aggregate.ts';
import { dayInWords, type Day } from '../../lib/team/day.ts';
import { ownValue } from '../../lib/site/own.ts';

interface Props {
  picture: TeamPicture;
  madeOn: Day | undefined;
  /** The team came from the address (a link someone sent) and has not been changed here. */
  fromLink: boolean;
  labelsInLink: boolean;
  titles: Readonly<Record<string, string>>;
}

/** At the top: what the team holds (or what the opened link holds), and when it was made. */
export function TeamHolds({ picture, madeOn, fromLink, labelsInLink, titles }: Props) {
  const { counted, groups } = picture;
  const results = `${counted.length} ${counted.length === 1 ? 'result' : 'results'}`;
  const perGroup = groups.map((group) => `${group.people} for "${ownValue(titles, group.definition.id) ?? group.definition.title}"`);
  const labeled = counted.filter((entry) => entry.label !== undefined).length;
  return (
    <section class="team-holds" aria-labelledby="team-holds">
      <h2 id="team-holds" tabIndex={-1}>
        {fromLink ? 'What this team link holds' : 'Your team'}
      </h2>
      <p data-holds>
        {counted.length === 0 ? 'No result that can be counted yet.' : `${results}${groups.length > 1 ? ` from ${groups.length} assessments` : ''}: ${perGroup.join(', ')}.`}{' '}
        {madeOn ? `Made on ${dayInWords(madeOn)}.` : 'No date: it was made before team links carried one.'}
      </p>
      <p class="help no-print">
        {fromLink
          ? labeled > 0
            ? `${labeled} of the results ${labeled === 1 ? 'carries a label' : 'carry labels'} that whoever made the link chose to share. The picture below never uses labels.`
            : 'It carries no labels: nobody is named. The picture follows; below it you can compare with an earlier team link, or add links.'
          : `Kept in this browser, so it is still here when you come back to this page. "Remove all links" clears it. ${labelsInLink ? 'Its team link carries the labels.' : 'Labels stay in this browser: the team link carries results only.'}`}
      </p>
    </section>
  );
}
