// Types for scripts/manifest-checks.js, which stays plain JavaScript so that `npm run validate` needs no build step.

export const DEV_BASE_URL: string;

/** tests/manifest/schemas: the manifest XSDs, kept in the repository. */
export const SCHEMA_DIR: string;

export interface ManifestCheckOptions {
  /** The URL prefix that maps to `assetsRoot` (default https://localhost:3000/). */
  readonly baseUrl?: string;
  /** The folder holding assets/ for `baseUrl`: the repository for manifest.xml, dist/ for the built copy. */
  readonly assetsRoot: string;
  /** src/commands/commands.ts, to check that every ribbon function is associated; skipped when undefined. */
  readonly commandsSource?: string;
}

/** One line per problem; empty when the manifest passes. */
export function checkManifest(xmlText: string, options: ManifestCheckOptions): string[];

/** xmllint against the schemas (SCHEMA_DIR unless given); a missing schema or xmllint is a failure. */
export function validateSchema(manifestPath: string, schemaDir?: string): { readonly status: 'ok' | 'failed'; readonly lines: readonly string[] };

export function readPngSize(bytes: Buffer): { readonly width: number; readonly height: number } | null;

export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

export function parseXml(text: string): XmlElement;
