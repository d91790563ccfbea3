/** One thing wrong with a content file, precise enough for an author to fix it without a debugger. */
export interface ContentProblem {
  /** The file's path from the project root, e.g. src/content/articles/<slug>/translations/en.json. */
  readonly file: string
  /** The unit the problem is in, when it is in one. */
  readonly unitId?: string
  readonly message: string
}

export function formatContentProblem({ file, unitId, message }: ContentProblem): string {
  return unitId === undefined ? `${file}: ${message}` : `${file}: unit "${unitId}": ${message}`
}

export class ArticleContentError extends Error {
  readonly slug: string
  readonly problems: readonly ContentProblem[]

  constructor(slug: string, problems: readonly ContentProblem[]) {
    super(`Article "${slug}" has ${problems.length} content problem(s):\n${problems.map(formatContentProblem).join('\n')}`)
    this.name = 'ArticleContentError'
    this.slug = slug
    this.problems = problems
  }
}
