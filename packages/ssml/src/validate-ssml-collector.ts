import type { SourcePosition, SsmlElement, SsmlText } from './ast';
import type {
  SsmlDiagnostic,
  SsmlDiagnosticCode,
  SsmlDiagnosticSeverity,
} from './ssml-diagnostic';
import {
  attributeValuePosition,
  elementPosition,
  textPosition,
} from './validate-ssml-positions';

type Finding = {
  code: SsmlDiagnosticCode;
  severity: SsmlDiagnosticSeverity;
  message: string;
};

/**
 * Collects diagnostics up to `maxDiagnostics` (then counts what it drops),
 * resolving positions from the source, and remembers which element and
 * attribute each is about so lowering warnings on the same subject are not
 * reported twice.
 */
export class DiagnosticCollector {
  readonly diagnostics: SsmlDiagnostic[] = [];
  /** Diagnostics dropped because `maxDiagnostics` was reached. */
  dropped = 0;
  private readonly subjects = new Set<string>();

  constructor(private readonly options: { source: string; maxDiagnostics: number }) {}

  /** Whether the limit is reached: walkers stop early. */
  get full(): boolean {
    return this.diagnostics.length >= this.options.maxDiagnostics;
  }

  /** A finding about an element (or a missing attribute of it), at its `<`. */
  element(finding: Finding & { element: SsmlElement; attribute?: string }): void {
    const { element } = finding;
    this.add({ ...finding, element: element.name }, elementPosition(element), element);
  }

  /** A finding about an attribute, at the start of its value. */
  attribute(finding: Finding & { element: SsmlElement; attribute: string }): void {
    const { element, attribute } = finding;
    const position = attributeValuePosition({
      source: this.options.source,
      element,
      attribute,
    });
    this.add({ ...finding, element: element.name, attribute }, position, element);
  }

  /** A finding about text inside `parent`, at its first non-whitespace character. */
  text(finding: Finding & { parent: SsmlElement; text: SsmlText }): void {
    const { parent, text } = finding;
    const position = textPosition(this.options.source, text);
    this.add({ ...finding, element: parent.name }, position, undefined);
  }

  /** A finding at an explicit position (document-level rules, lowering warnings). */
  at(
    finding: Finding & { element?: string; attribute?: string; position: SourcePosition },
  ) {
    this.add(finding, finding.position, undefined);
  }

  /** Whether a diagnostic is already about this element (and attribute, or none). */
  hasSubject(options: { offset: number; attribute?: string }): boolean {
    return this.subjects.has(subjectKey(options.offset, options.attribute));
  }

  private add(
    finding: Finding & { element?: string; attribute?: string },
    position: SourcePosition,
    subject: SsmlElement | undefined,
  ): void {
    if (this.full) {
      this.dropped++;
      return;
    }
    const diagnostic: SsmlDiagnostic = {
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      ...(finding.element === undefined ? {} : { element: finding.element }),
      ...(finding.attribute === undefined ? {} : { attribute: finding.attribute }),
      position: { offset: position.offset, line: position.line, column: position.column },
    };
    this.diagnostics.push(diagnostic);
    if (subject !== undefined)
      this.subjects.add(subjectKey(subject.span.start, finding.attribute));
  }
}

function subjectKey(offset: number, attribute: string | undefined): string {
  return `${offset}\u0000${attribute ?? ''}`;
}
