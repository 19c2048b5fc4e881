// Runs s3rver on a free 127.0.0.1 port: `node --openssl-legacy-provider
// s3rver-process.mjs <directory> <bucket>` prints {"port":N} once listening.
// The legacy provider is needed because s3rver 3.7.1 encrypts ListObjectsV2
// continuation tokens with DES, which OpenSSL 3 only has there (without it,
// any listing of more than 1 000 keys answers 500). Exits when stdin closes,
// so it never outlives the test process.
import S3rver from 's3rver';

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: bucket, configs: [] }],
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
