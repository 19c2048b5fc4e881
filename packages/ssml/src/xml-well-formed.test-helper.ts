import { SaxesParser } from 'saxes';

/** The first well-formedness error a strict XML parser (saxes) reports, or `undefined`. */
export function xmlWellFormednessError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: false });
  let problem: string | undefined;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    problem ??= String(error);
  }
  return problem;
}
