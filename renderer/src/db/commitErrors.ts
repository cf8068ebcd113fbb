/** The refusals of `commit`, apart so that both its write paths and the blob checks can raise them. */
export class CommitValidationError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CommitValidationError';
  }
}

export class ReasonRequiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReasonRequiredError';
  }
}
