/**
 * The one format of the data files (data/*.json): a JSON array, one record per block, keys in the
 * order of the record's zod schema, and any object or list that holds only plain values (a source,
 * a disputed figure, a stated figure, a list of mediators) on one line. A reviewer then sees one
 * changed figure as one changed line, and a contributor can copy a record as one block.
 */

/** The part of a zod schema's definition that this formatter reads. */
interface Definition {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: Definition } }>;
  readonly element?: { _zod: { def: Definition } };
  readonly innerType?: { _zod: { def: Definition } };
}

/** A zod (mini) schema, seen only through its definition. */
export interface KeyedSchema {
  readonly _zod: { readonly def: Definition };
}

/** The object shape inside optional, nullable and array wrappers, or undefined when there is none. */
function shapeOf(schema: KeyedSchema | undefined): Record<string, KeyedSchema> | undefined {
  let def = schema?._zod.def;
  while (def && !def.shape) def = (def.innerType ?? def.element)?._zod.def;
  return def?.shape;
}

const isPlain = (value: unknown): boolean => value === null || typeof value !== "object";
const isFlat = (value: object): boolean => Object.values(value).every(isPlain);

/** Keys in schema order first, then any the schema does not know (the check names them as errors). */
function orderedKeys(value: object, shape: Record<string, KeyedSchema> | undefined): string[] {
  const keys = Object.keys(value);
  if (!shape) return keys;
  const known = Object.keys(shape).filter((key) => keys.includes(key));
  return [...known, ...keys.filter((key) => !(key in shape))];
}

function print(value: unknown, schema: KeyedSchema | undefined, indent: string): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const element = (schema as KeyedSchema | undefined)?._zod.def;
    const elementSchema = element?.type === "array" ? element.element : schema;
    if (isFlat(value)) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    return `[\n${value.map((v) => inner + print(v, elementSchema, inner)).join(",\n")}\n${indent}]`;
  }
  const shape = shapeOf(schema);
  const keys = orderedKeys(value as object, shape);
  const entries = keys.map((key) => [key, (value as Record<string, unknown>)[key], shape?.[key]] as const);
  if (isFlat(value as object)) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")}}`;
  return `{\n${entries.map(([k, v, s]) => `${inner}${JSON.stringify(k)}: ${print(v, s, inner)}`).join(",\n")}\n${indent}}`;
}

/**
 * The canonical text of a data file holding `records`, each described by `schema`.
 *
 * @example
 * formatRecords([{ id: "x", mediators: ["UAE"] }], ExchangeSchema);
 * // '[\n  {\n    "id": "x",\n    "mediators": ["UAE"]\n  }\n]\n'
 */
export function formatRecords(records: readonly unknown[], schema: KeyedSchema): string {
  if (records.length === 0) return "[]\n";
  return `[\n${records.map((r) => `  ${print(r, schema, "  ")}`).join(",\n")}\n]\n`;
}

/**
 * The first line (1-based) where two texts differ, or 0 when they are equal.
 *
 * @example
 * firstDifferentLine("a\nb\n", "a\nc\n"); // 2
 */
export function firstDifferentLine(a: string, b: string): number {
  if (a === b) return 0;
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) if (left[i] !== right[i]) return i + 1;
  return 0;
}
