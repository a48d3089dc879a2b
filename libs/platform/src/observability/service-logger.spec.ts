import { Writable } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import { PinoNestLogger } from './nest-logger';
import { runInRequestContext } from './request-context';
import { createServiceLogger } from './service-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { stream, lines };
}

describe('the service logger', () => {
  it('given LOG_LEVEL warn, when info and warn lines are logged, then only the warning is written', () => {
    const { stream, lines } = capture();
    const logger = new PinoNestLogger(createServiceLogger('warn', stream));

    logger.log('mapped a route', 'RoutesResolver');
    logger.warn('staff file missing', 'Staff');

    expect(lines).toEqual([expect.objectContaining({ level: 'warn', context: 'Staff', message: 'staff file missing' })]);
  });

  it('given a request context, when anything logs during it, even after an await, then the line carries its correlation id', async () => {
    const { stream, lines } = capture();
    const logger = createServiceLogger('debug', stream);
    const nest = new PinoNestLogger(logger);

    await runInRequestContext({ correlationId: 'corr-7' }, async () => {
      nest.debug('deciding', 'CommandPath');
      await tick();
      logger.info('appended');
      nest.error(new Error('store down'), 'HTTP');
    });
    nest.log('between requests', 'Projections');

    expect(lines.map((line) => [line.message, line.correlationId])).toEqual([
      ['deciding', 'corr-7'],
      ['appended', 'corr-7'],
      ['store down', 'corr-7'],
      ['between requests', undefined],
    ]);
  });

  it('censors an authorization header wherever a caller puts one in a line', () => {
    const { stream, lines } = capture();
    createServiceLogger('info', stream).info({ req: { headers: { authorization: 'Bearer secret-token' } } }, 'oops');
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });
});
