// The TypeScript client generated from openapi/openapi.yaml (typescript-fetch), against the packaged service.
// .ci/clients/run generates the client into ./generated beside this file, compiles with tsc --strict and runs it
// with PARLEY_URL (the service), PARLEY_TOKEN (an editor's token) and PARLEY_ADMIN_TOKEN.
import {
    Configuration, DashboardApi, DocumentsApi, ExportApi, PartiesApi, Party, PartyKind, Position, PositionKind,
    PositionsApi, ProblemFromJSON, ResponseError, TopicsApi,
} from './generated';

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

const basePath = required('PARLEY_URL');
// README "Generated clients": a client is given the service's base URL, and a token for writes.
const config = new Configuration({ basePath, accessToken: required('PARLEY_TOKEN') });
// Parties and topics are created by an admin.
const admin = new Configuration({ basePath, accessToken: required('PARLEY_ADMIN_TOKEN') });
const positions = new PositionsApi(config);
const parties = new PartiesApi(admin);
const topics = new TopicsApi(admin);
const documents = new DocumentsApi(config);
const dashboard = new DashboardApi(config);
const exporter = new ExportApi(config);
const suffix = Math.random().toString(36).slice(2, 10);

const checks: [string, () => Promise<void>][] = [];
const check = (name: string, run: () => Promise<void>) => checks.push([name, run]);

check('lists positions with filters', async () => {
    const page = await positions.listPositions({ party: ['russia'], kind: [PositionKind.Demand], size: 200 });
    assert(page.items.length > 1, 'several Russian demands');
    assertEqual(page.totalItems, page.items.length, 'totalItems');
    assert(page.items.every(p => p.party.id === 'russia' && p.kind === PositionKind.Demand), 'filtered');
    assert(page.items.every(p => p.citations.length > 0 && p.statedOn instanceof Date), 'typed');
});

check('pages through everything by Link', async () => {
    const all = (await positions.listPositions({ size: 200 })).items.map(p => p.id);
    const paged: string[] = [];
    let page: number | undefined = 1;
    while (page !== undefined) {
        const response = await positions.listPositionsRaw({ size: 7, page });
        paged.push(...(await response.value()).items.map(p => p.id));
        assertEqual(response.raw.headers.get('X-Total-Count'), String(all.length), 'X-Total-Count');
        page = nextPage(response.raw.headers.get('Link'));
    }
    assertEqual(paged.join(), all.join(), 'the pages hold every position once, in order');
});

check('gets a position by id', async () => {
    const first = (await positions.listPositions({ size: 1 })).items[0];
    const position = await positions.getPosition({ id: first.id });
    assertEqual(position.id, first.id, 'id');
    assertEqual(position.citations[0].quote, first.citations[0].quote, 'quote');
});

check('reads an unknown id as a typed 404 problem', async () => {
    const error = await rejection(parties.getParty({ id: 'atlantis' }));
    assertEqual(error.response.status, 404, 'status');
    const problem = ProblemFromJSON(await error.response.json());
    assertEqual(problem.type, '/problems/not-found', 'type');
    assertEqual(problem.instance, '/api/parties/atlantis', 'instance');
});

check('creates, updates with If-Match, handles 412, filters by date-time, exports CSV and reads the matrix', async () => {
    const before = new Date();
    const { party, position, etag } = await createPosition();
    assertEqual(position.party.id, party.id, 'the created body');
    assert(etag.startsWith('"'), 'an ETag: ' + etag);

    // Conditional update: the first writer wins; a stale ETag gets 412, and the client reads again and retries.
    await positions.replacePosition({ id: position.id, ifMatch: etag, positionInput: input(position, 'first') });
    const stale = await rejection(positions.replacePosition({
        id: position.id, ifMatch: etag, positionInput: input(position, 'second'),
    }));
    assertEqual(stale.response.status, 412, 'a stale ETag');
    const current = await positions.getPositionRaw({ id: position.id });
    const retried = await positions.replacePosition({
        id: position.id, ifMatch: current.raw.headers.get('ETag')!, positionInput: input(position, 'second'),
    });
    assertEqual(retried.summary, 'second', 'the retry');

    // A date-time filter: as of a moment before the creation, the party had no position.
    const asOfBefore = await positions.listPositions({ party: [party.id], asOf: before });
    assertEqual(asOfBefore.totalItems, 0, 'as of before the creation');
    const asOfNow = await positions.listPositions({ party: [party.id], asOf: new Date() });
    assertEqual(asOfNow.items.map(p => p.id).join(), position.id, 'as of now');

    // CSV as text: one row per citation after the header, and a byte order mark for Excel when asked.
    const csv: string = await exporter.exportPositions({ party: [party.id] });
    const rows = csv.trimEnd().split('\r\n');
    assert(rows[0].startsWith('position_id,'), 'a header: ' + rows[0]);
    assertEqual(rows.length, 1 + position.citations.length, 'rows');
    assert(rows[1].startsWith(position.id + ','), 'the position: ' + rows[1]);
    // fetch's text() drops a byte order mark, as the Encoding standard says: look at the bytes.
    const withBom = await exporter.exportPositionsRaw({ party: [party.id], bom: true });
    const bytes = new Uint8Array(await withBom.raw.arrayBuffer());
    assertEqual([bytes[0], bytes[1], bytes[2]].join(), '239,187,191', 'a byte order mark');

    // The matrix: the new party's latest position on the new topic.
    const matrix = await dashboard.getMatrix({ party: [party.id], topic: [position.topic.id] });
    assertEqual(matrix.cells.length, 1, 'cells');
    assertEqual(matrix.cells[0].positions, 1, 'positions in the cell');
    assertEqual(matrix.cells[0].latest?.summary, 'second', 'the latest position');
});

async function createPosition(): Promise<{ party: Party; position: Position; etag: string }> {
    const party = await parties.createParty({
        partyInput: { id: 'ts-party-' + suffix, name: 'TS party ' + suffix, kind: PartyKind.State },
    });
    const topic = await topics.createTopic({ topicInput: { id: 'ts-topic-' + suffix, name: 'TS topic ' + suffix } });
    const quote = 'We will not accept ' + suffix + '.';
    const document = await documents.createDocument({
        documentInput: { title: 'TS statement ' + suffix, text: 'Opening words. ' + quote + ' Closing words.' },
    });
    const created = await positions.createPositionRaw({
        positionInput: {
            party: party.id, topic: topic.id, kind: PositionKind.Demand, summary: 'created',
            statedOn: new Date('2026-11-30'), citations: [{ document: document.id, quote }],
        },
    });
    const position = await created.value();
    assertEqual(created.raw.status, 201, 'status');
    assert(created.raw.headers.get('Location')!.endsWith('/api/positions/' + position.id), 'Location');
    return { party, position, etag: created.raw.headers.get('ETag')! };
}

function input(position: Position, summary: string) {
    return {
        party: position.party.id, topic: position.topic.id, kind: position.kind, summary,
        statedOn: position.statedOn,
        citations: position.citations.map(c => ({ document: c.document.id, quote: c.quote, start: c.start })),
    };
}

/** The page number of the Link header's rel="next", resolved against the service. */
function nextPage(link: string | null): number | undefined {
    const next = link?.split(',').find(part => part.includes('rel="next"'));
    const url = next?.trim().match(/^<([^>]*)>/)?.[1];
    return url === undefined ? undefined : Number(new URL(url, basePath).searchParams.get('page'));
}

async function rejection(call: Promise<unknown>): Promise<ResponseError> {
    try {
        await call;
    } catch (e) {
        if (e instanceof ResponseError) {
            return e;
        }
        throw e;
    }
    throw new Error('expected an error response');
}

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(name + ' is not set');
    }
    return value;
}

function assert(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error('failed: ' + what);
    }
}

function assertEqual<T>(actual: T, expected: T, what: string): void {
    assert(actual === expected, `${what}: expected ${String(expected)}, got ${String(actual)}`);
}

(async () => {
    let failed = 0;
    for (const [name, run] of checks) {
        try {
            await run();
            console.log('ok   ' + name);
        } catch (e) {
            failed++;
            console.log('FAIL ' + name + ': ' + (e instanceof ResponseError ? `${e.response.status} ${await e.response.text()}` : String(e)));
        }
    }
    console.log(`${checks.length - failed} of ${checks.length} TypeScript checks passed`);
    process.exitCode = failed === 0 ? 0 : 1;
})();
