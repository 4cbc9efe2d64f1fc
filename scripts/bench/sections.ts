/** Every benchmark section run by `npm run bench`. */
export const benchSections: (() => void | Promise<void>)[] = [];
