/** Whether the client asked for one media type over audio (`Accept`). */
export function accepts(options: { accept: string | undefined; type: string }): boolean {
  return (options.accept ?? '').toLowerCase().includes(options.type);
}
