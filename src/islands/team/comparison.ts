/**
 * The comparison of a team then and now, loaded only when an earlier team link is given (or kept):
 * most readers of the team view never compare, so its code stays out of the page's first load.
 */
export { readEarlierLink } from '../../lib/team/earlier.ts';
export { CompareResult } from './CompareResult.tsx';
