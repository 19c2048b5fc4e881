import { type KnownElementName, knownElementNames } from '../elements/element-names';
import { azureFamilyNames } from './azure-capabilities';
import { describeAttributeRule, describeElementRule } from './capability-table-cells';
import type { DialectCapabilities, InputLimit } from './capability-types';
import {
  azureVoiceFamilies,
  getDialectCapabilities,
  googleVoiceFamilies,
  pollyVoiceFamilies,
} from './dialect-capabilities';
import { googleFamilyNames } from './google-capabilities';

type Column = { title: string; capabilities: DialectCapabilities };
type Row = { label: string; cell: (capabilities: DialectCapabilities) => string };

/**
 * The capability tables as Markdown, one per dialect with a column per
 * voice family (families with identical columns share one), generated from
 * the tables `serializeSsml` uses. The package README embeds this output.
 */
export function renderCapabilityTables(): string {
  return [
    section('`w3c`', [
      { title: 'SSML 1.1', capabilities: getDialectCapabilities({ dialect: 'w3c' }) },
    ]),
    section(
      '`google`',
      googleVoiceFamilies.map((family) => ({
        title: googleFamilyNames[family],
        capabilities: getDialectCapabilities({ dialect: 'google', family }),
      })),
    ),
    section(
      '`azure`',
      azureVoiceFamilies.map((family) => ({
        title: azureFamilyNames[family],
        capabilities: getDialectCapabilities({ dialect: 'azure', family }),
      })),
    ),
    section(
      '`polly`',
      pollyVoiceFamilies.map((family) => ({
        title: family,
        capabilities: getDialectCapabilities({ dialect: 'polly', family }),
      })),
    ),
  ].join('\n\n');
}

function section(heading: string, columns: readonly Column[]): string {
  const plainText = columns.filter((column) => column.capabilities.plainTextOnly);
  const markup = columns.filter((column) => !column.capabilities.plainTextOnly);
  const [first] = markup;
  if (first === undefined) return `#### ${heading}`;
  const rows = tableRows(markup);
  const groups: Array<{ titles: string[]; cells: string[] }> = [];
  for (const column of markup) {
    const cells = rows.map((row) => row.cell(column.capabilities));
    const same = groups.find((group) => group.cells.join('\n') === cells.join('\n'));
    if (same === undefined) groups.push({ titles: [column.title], cells });
    else same.titles.push(column.title);
  }
  const lines = [
    `#### ${heading}`,
    '',
    describeRoot(first.capabilities),
    describeLimits(first.capabilities),
  ];
  if (plainText.length > 0) {
    const names = plainText.map((column) => column.title).join(', ');
    lines.push(
      `- ${names}: no SSML; documents are sent as plain text (the \`text\` dialect) with one \`converted\` warning.`,
    );
  }
  const header = ['', ...groups.map((group) => group.titles.join(', '))];
  const body = rows.map((row, index) => [
    row.label,
    ...groups.map((group) => group.cells[index] ?? ''),
  ]);
  lines.push('', ...markdownTable([header, ...body]));
  return lines.join('\n');
}

/** A Markdown table padded as Biome formats it: every column as wide as its widest cell. */
function markdownTable(rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(3, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
  ];
}

function tableRows(columns: readonly Column[]): Row[] {
  const rows: Row[] = [];
  for (const name of knownElementNames) {
    const detailed = detailedAttributes(name, columns);
    rows.push({
      label: name === 'speak' ? '`speak` (nested)' : `\`${name}\``,
      cell: (capabilities) => {
        const rule = capabilities.elements[name];
        const cell = describeElementRule(name, rule);
        if (rule.support !== 'keep') return cell;
        const plain = Object.keys(rule.attributes).filter(
          (attribute) => !detailed.has(attribute),
        );
        return plain.length === 0
          ? cell
          : `${cell}; ${plain.map((attribute) => `\`${attribute}\``).join(', ')}`;
      },
    });
    for (const attribute of detailed) {
      rows.push({
        label: `\`${name}\` \`${attribute}\``,
        cell: (capabilities) => {
          const rule = capabilities.elements[name];
          return rule.support === 'keep'
            ? describeAttributeRule(rule.attributes[attribute])
            : '—';
        },
      });
    }
  }
  return rows;
}

/** Attributes of `name` that some column does not simply pass (they get rows of their own). */
function detailedAttributes(
  name: KnownElementName,
  columns: readonly Column[],
): Set<string> {
  const kept = columns
    .map(({ capabilities }) => capabilities.elements[name])
    .filter((rule) => rule.support === 'keep');
  const detailed = new Set<string>();
  for (const rule of kept) {
    for (const attribute of Object.keys(rule.attributes)) {
      const plain = kept.every(
        (other) => describeAttributeRule(other.attributes[attribute]) === 'pass',
      );
      if (!plain) detailed.add(attribute);
    }
  }
  return detailed;
}

function describeRoot(capabilities: DialectCapabilities): string {
  const { root, defaultVoice } = capabilities;
  const parts: string[] = [];
  if (root.version !== undefined) parts.push(`\`version="${root.version}"\``);
  if (root.namespace !== undefined) parts.push('`xmlns`');
  for (const prefix of Object.keys(root.declarePrefixes ?? {}))
    parts.push(`\`xmlns:${prefix}\` when used`);
  const fallback =
    root.fallbackLanguage === 'from-voice' ? ", else the voice's locale" : '';
  parts.push(`\`xml:lang\` (the document's${fallback})`);
  const others = Object.keys(root.attributes).filter((name) => name !== 'xml:lang');
  if (others.length > 0)
    parts.push(`kept: ${others.map((name) => `\`${name}\``).join(', ')}`);
  const wrapper = root.voiceWrapper
    ? `; content outside \`<voice>\` is wrapped in \`<voice name>\` (the \`voice\` option, default \`${defaultVoice}\`)`
    : '';
  return `- \`speak\`: ${parts.join(', ')}${wrapper}.`;
}

const units: Readonly<Record<InputLimit['unit'], string>> = {
  'utf8-bytes': 'UTF-8 bytes, tags included',
  utf16: 'characters, tags included',
  'billed-chars': 'billed characters, tags excluded',
};

function describeLimits(capabilities: DialectCapabilities): string {
  const { maxInput, maxTotalInput, maxVoiceAndAudioElements } = capabilities.limits;
  const parts = [maxInput, maxTotalInput]
    .filter((limit) => limit !== undefined)
    .map((limit) => `${limit.max} ${units[limit.unit]}`);
  if (maxVoiceAndAudioElements !== undefined)
    parts.push(`${maxVoiceAndAudioElements} \`voice\` + \`audio\` elements`);
  return `- Limits per request: ${parts.length === 0 ? 'none' : parts.join('; ')} (\`limits\` of \`getDialectCapabilities\`).`;
}
