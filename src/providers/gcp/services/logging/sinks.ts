import type { logging_v2 } from 'googleapis/build/src/apis/logging/v2.js';
import type { GcpCollector } from '../../collector.js';

export const LOG_SINK_TYPE = 'logging.googleapis.com/LogSink';

/**
 * Project log sinks from projects.sinks.list (`sink`), as `logging.audit-trail` assets: where the
 * project's logs are exported (and the `_Required` / `_Default` sinks every project has). The project
 * asset also lists them (its `sinks` aspect) for project-wide controls.
 */
export const sinksCollector: GcpCollector = {
  id: 'gcp.logging.sinks',
  service: 'logging',
  types: [LOG_SINK_TYPE],
  permissions: ['logging.sinks.list'],
  async *collect(ctx) {
    const logging = ctx.api('logging');
    const listed = ctx.list<logging_v2.Schema$ListSinksResponse, logging_v2.Schema$LogSink>(
      'logging',
      'logging.projects.sinks.list',
      async (pageToken) => (await logging.projects.sinks.list({ parent: `projects/${ctx.projectId}`, pageSize: 100, pageToken })).data,
      (p) => p.sinks,
      (p) => p.nextPageToken,
    );
    for await (const sink of listed) {
      if (!sink.name) continue;
      const asset = ctx.asset({ id: `//logging.googleapis.com/projects/${ctx.projectId}/sinks/${sink.name}`, type: LOG_SINK_TYPE, kind: 'logging.audit-trail', name: sink.name });
      ctx.aspect(asset, 'sink', { ok: true, value: sink });
      ctx.progress(1);
      yield asset;
    }
  },
};
