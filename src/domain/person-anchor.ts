/** The fragment of a person's card in a story's people list; prose mentions link to it. */
export const personAnchor = (id: string) => `orang-${id}`;
