import { xmlText } from "./xml-text.js";

// Tab, line feed and carriage return as references: an XML parser turns them into spaces in
// attribute values (and CR into LF in text), and the value must read back as it was written.
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/**
 * Escapes a value for XML (or HTML) text and attribute values, after removing the characters XML
 * cannot carry. The string serializer applies it to every attribute and every text it writes, so
 * no caller can forget it: a value never becomes markup, and the output is always well-formed.
 *
 * @example
 * escapeXml('"><script>alert(1)</script>'); // "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
 * escapeXml(12.5); // "12.5"
 */
export function escapeXml(value: string | number): string {
  return xmlText(String(value)).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}
