/**
 * The part of js-yaml (installed with swagger-client, which Swagger UI uses for the same job)
 * that the API docs page calls. js-yaml ships no types of its own.
 */
declare module 'js-yaml' {
  export interface LoadOptions {
    /** Shown in error messages. */
    filename?: string;
    /** Duplicate keys override earlier ones instead of failing, as in JSON.parse. */
    json?: boolean;
  }

  /** Parses one YAML document; throws a `YAMLException` on malformed input. */
  export function load(text: string, options?: LoadOptions): unknown;
}
