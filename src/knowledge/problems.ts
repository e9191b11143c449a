/** One thing wrong with the knowledge base, located precisely enough to fix without searching. */
export interface Problem {
  file: string;
  /** The record's id when it has one, otherwise its position in the file ("#3"); absent for file-level problems. */
  record?: string;
  /** Dotted path inside the record, e.g. "figures[0].sources[1]". */
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = [
    problem.file,
    problem.record && `record ${problem.record}`,
    problem.field && `field ${problem.field}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

export class KnowledgeBaseError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length;
    super(
      `The knowledge base has ${count} problem${count === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
