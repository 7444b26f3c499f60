import Callout from './Callout.astro';
import InPractice from './InPractice.astro';
import Reading from './Reading.astro';
import Reflect from './Reflect.astro';

/** Components that every guide page can use without importing them. */
export const mdxComponents = { Callout, InPractice, Reading, Reflect };
