import Callout from './Callout.astro';
import InPractice from './InPractice.astro';
import Reflect from './Reflect.astro';

/** Components that every guide page can use without importing them. */
export const mdxComponents = { Callout, InPractice, Reflect };
