/** The collections that hold the network's knowledge: versioned, reviewed, owned by an NGO. */
export const knowledgeCollections = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const
export type KnowledgeCollection = (typeof knowledgeCollections)[number]
