/** One error as Ajv reports it (the subset we read). */
export interface GeneratedValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
}

/** The shape of a standalone validator generated from the feed schema. */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: GeneratedValidatorError[] | null;
}
