/** See codeVersion.mjs. */
export function knowledgeCodeHash(dir: string): string;
