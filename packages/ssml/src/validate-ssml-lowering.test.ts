import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import type { SerializeSsmlResult } from './serialize-ssml';
import type { SourceMap } from './source-map';
import type { SsmlWarning } from './ssml-warning';
import { DiagnosticCollector } from './validate-ssml-collector';
import { reportLowering } from './validate-ssml-lowering';
import type { SsmlValidationDialect, ValidationContext } from './validate-ssml-options';

const source = '<speak><prosody rate="+10%" volume="x">a</prosody><foo>b</foo></speak>';

function contextFor(dialect: SsmlValidationDialect | undefined): ValidationContext {
  const document = parseSsml(source);
  return {
    document,
    source,
    collector: new DiagnosticCollector({ source, maxDiagnostics: 100 }),
    dialect,
    vendor: undefined,
    voice: undefined,
    family: undefined,
  };
}

function warning(
  options: Partial<SsmlWarning> & Pick<SsmlWarning, 'action'>,
): SsmlWarning {
  return {
    type: 'ssml-lowered',
    element: 'prosody',
    from: 'x',
    to: 'y',
    message: `it was ${options.action}`,
    dialect: 'google',
    position: { offset: 7, line: 1, column: 8 },
    occurrences: 1,
    ...options,
  };
}

const result = (warnings: SsmlWarning[]): SerializeSsmlResult => ({
  ssml: '',
  warnings,
  sourceMap: undefined as unknown as SourceMap,
});

describe('reportLowering', () => {
  it('maps dropped and clamped to warnings, converted and emulated to infos', () => {
    const context = contextFor('google');
    reportLowering(context, () =>
      result([
        warning({ action: 'dropped', attribute: 'volume' }),
        warning({ action: 'clamped', attribute: 'rate', occurrences: 3 }),
        warning({
          action: 'converted',
          element: 'foo',
          position: { offset: 50, line: 1, column: 51 },
        }),
        warning({
          action: 'emulated',
          element: 'speak',
          position: { offset: 0, line: 1, column: 1 },
        }),
      ]),
    );
    expect(context.collector.diagnostics).toEqual([
      {
        code: 'lowering-dropped',
        severity: 'warning',
        message: 'it was dropped',
        element: 'prosody',
        attribute: 'volume',
        position: { offset: 7, line: 1, column: 8 },
      },
      {
        code: 'lowering-clamped',
        severity: 'warning',
        message: 'it was clamped (3 times; the first is here)',
        element: 'prosody',
        attribute: 'rate',
        position: { offset: 7, line: 1, column: 8 },
      },
      {
        code: 'lowering-converted',
        severity: 'info',
        message: 'it was converted',
        element: 'foo',
        position: { offset: 50, line: 1, column: 51 },
      },
      {
        code: 'lowering-emulated',
        severity: 'info',
        message: 'it was emulated',
        element: 'speak',
        position: { offset: 0, line: 1, column: 1 },
      },
    ]);
  });

  it('skips what the validator already reported about the same element and attribute', () => {
    const context = contextFor('google');
    const prosody = context.document.root.children[0];
    if (prosody?.type !== 'element') throw new Error('expected prosody');
    context.collector.attribute({
      code: 'invalid-value',
      severity: 'error',
      message: 'bad',
      element: prosody,
      attribute: 'volume',
    });
    reportLowering(context, () =>
      result([
        warning({ action: 'dropped', attribute: 'volume' }),
        warning({ action: 'converted', attribute: 'rate' }),
      ]),
    );
    expect(context.collector.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'invalid-value',
      'lowering-converted',
    ]);
  });

  it('adds nothing for a dialect the serializer does not know yet', () => {
    const context = contextFor('google');
    reportLowering(context, () => {
      throw new RangeError(
        '[ttskit] [ssml] unknown SSML dialect "google" (expected w3c, espeak or text)',
      );
    });
    expect(context.collector.diagnostics).toEqual([]);
  });

  it('turns any other failure into a lowering-failed error instead of throwing', () => {
    const context = contextFor('polly');
    reportLowering(context, () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(context.collector.diagnostics).toMatchObject([
      {
        code: 'lowering-failed',
        severity: 'error',
        element: 'speak',
        position: { offset: 0 },
      },
    ]);
    expect(context.collector.diagnostics[0]?.message).toBe(
      'serializeSsml could not lower the document for polly: Maximum call stack size exceeded',
    );
  });

  it('does nothing without a dialect', () => {
    const context = contextFor(undefined);
    reportLowering(context, () => {
      throw new Error('not called');
    });
    expect(context.collector.diagnostics).toEqual([]);
  });
});
