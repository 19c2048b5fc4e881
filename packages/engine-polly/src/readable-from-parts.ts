/**
 * A `ReadableStream` pulled from an async generator: each read asks for the
 * next part, so a slow reader slows the download. Cancelling calls
 * `onCancel` (which stops the requests) and closes the generator.
 */
export function readableFromParts<Part>(options: {
  parts: AsyncGenerator<Part>;
  onCancel: (reason: unknown) => void;
}): ReadableStream<Part> {
  const { parts, onCancel } = options;
  return new ReadableStream<Part>({
    async pull(controller) {
      try {
        const { done, value } = await parts.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel(reason) {
      onCancel(reason);
      await parts.return(undefined).catch(() => undefined);
    },
  });
}
