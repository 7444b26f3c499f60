/**
 * The model's three options, in the model's order. Kept apart from the Zod schemas so that code
 * running in the browser can use them without pulling a schema library into the page.
 */
export const optionIds = ['option-1', 'option-2', 'option-3'] as const;
export type OptionId = (typeof optionIds)[number];
