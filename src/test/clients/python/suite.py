"""The Python client generated from openapi/openapi.yaml, against the packaged service.

.ci/clients/run generates the client (package parley_client) and runs this with PYTHONPATH pointing at it,
PARLEY_URL (the service), PARLEY_TOKEN (an editor's token) and PARLEY_ADMIN_TOKEN.
"""
import datetime
import os
import random
import string
import sys
import traceback
from urllib.parse import parse_qs, urljoin, urlparse

import parley_client
from parley_client import (AnnotationsApi, CitationInput, DashboardApi, DocumentInput, DocumentsApi, ExportApi,
                           PartiesApi, PartyInput, PartyKind, PositionInput, PositionKind, PositionsApi,
                           TextPositionSelector, TextQuoteSelector, TopicInput, TopicsApi)
from parley_client.exceptions import ApiException, NotFoundException

BASE = os.environ["PARLEY_URL"]
# README "Generated clients": a client is given the service's base URL, and a token for writes.
client = parley_client.ApiClient(parley_client.Configuration(host=BASE, access_token=os.environ["PARLEY_TOKEN"]))
# Parties and topics are created by an admin.
admin = parley_client.ApiClient(parley_client.Configuration(host=BASE, access_token=os.environ["PARLEY_ADMIN_TOKEN"]))
positions, parties, topics = PositionsApi(client), PartiesApi(admin), TopicsApi(admin)
documents, dashboard, exporter = DocumentsApi(client), DashboardApi(client), ExportApi(client)
SUFFIX = "".join(random.choices(string.ascii_lowercase + string.digits, k=8))
CHECKS = []
CSV = {"Accept": "text/csv"}


def check(run):
    CHECKS.append(run)
    return run


@check
def lists_positions_with_filters():
    page = positions.list_positions(party=["russia"], kind=[PositionKind.DEMAND], size=200)
    assert len(page.items) > 1, "several Russian demands"
    assert page.total_items == len(page.items)
    assert all(p.party.id == "russia" and p.kind == PositionKind.DEMAND for p in page.items)
    assert all(p.citations and isinstance(p.stated_on, datetime.date) for p in page.items)


@check
def pages_through_everything_by_link():
    everything = [p.id for p in positions.list_positions(size=200).items]
    paged, page = [], 1
    while page is not None:
        response = positions.list_positions_with_http_info(size=7, page=page)
        paged += [p.id for p in response.data.items]
        assert response.headers["X-Total-Count"] == str(len(everything))
        page = next_page(response.headers.get("Link"))
    assert paged == everything, "the pages hold every position once, in order"


@check
def gets_a_position_by_id():
    first = positions.list_positions(size=1).items[0]
    position = positions.get_position(first.id)
    assert position.id == first.id and position.citations[0].quote == first.citations[0].quote


@check
def reads_an_unknown_id_as_a_typed_404_problem():
    try:
        parties.get_party("atlantis")
        raise AssertionError("expected 404")
    except NotFoundException as e:
        assert e.status == 404
        assert e.data.type == "/problems/not-found", e.data
        assert e.data.instance == "/api/parties/atlantis"


@check
def reads_selectors_as_their_own_types():
    annotation = AnnotationsApi(client).list_annotations(size=1).items[0]
    kinds = {type(selector) for selector in annotation.target.selector}
    assert kinds == {TextQuoteSelector, TextPositionSelector}, kinds


@check
def creates_updates_filters_by_date_time_exports_csv_and_reads_the_matrix():
    before = datetime.datetime.now(datetime.timezone.utc)
    party = parties.create_party(PartyInput(id="py-party-" + SUFFIX, name="Py party " + SUFFIX,
                                            kind=PartyKind.STATE))
    topic = topics.create_topic(TopicInput(id="py-topic-" + SUFFIX, name="Py topic " + SUFFIX))
    quote = "We will not accept " + SUFFIX + "."
    document = documents.create_document(DocumentInput(title="Py statement " + SUFFIX,
                                                       text="Opening words. " + quote + " Closing words."))
    created = positions.create_position_with_http_info(PositionInput(
        party=party.id, topic=topic.id, kind=PositionKind.DEMAND, summary="created",
        stated_on=datetime.date(2026, 11, 30), citations=[CitationInput(document=document.id, quote=quote)]))
    position, etag = created.data, created.headers["ETag"]
    assert created.status_code == 201 and position.party.id == party.id
    assert created.headers["Location"].endswith("/api/positions/" + position.id)

    # Conditional update: the first writer wins; a stale ETag gets 412, and the client reads again and retries.
    positions.replace_position(position.id, changed(position, "first"), if_match=etag)
    try:
        positions.replace_position(position.id, changed(position, "second"), if_match=etag)
        raise AssertionError("expected 412")
    except ApiException as e:
        assert e.status == 412, e.status
    current = positions.get_position_with_http_info(position.id)
    retried = positions.replace_position(position.id, changed(position, "second"), if_match=current.headers["ETag"])
    assert retried.summary == "second"

    # A date-time filter, which this client sends as 2026-11-30T12:00:00.000000+0000.
    assert positions.list_positions(party=[party.id], as_of=before).total_items == 0
    now = datetime.datetime.now(datetime.timezone.utc)
    assert [p.id for p in positions.list_positions(party=[party.id], as_of=now).items] == [position.id]

    # CSV as text: one row per citation after the header, and a byte order mark for Excel when asked.
    # This client asks for JSON or problem details alone, unless told: ask for the CSV (README).
    rows = exporter.export_positions(party=[party.id], _headers=CSV).rstrip("\r\n").split("\r\n")
    assert rows[0].startswith("position_id,"), rows[0]
    assert len(rows) == 1 + len(position.citations) and rows[1].startswith(position.id + ","), rows
    assert exporter.export_positions(party=[party.id], bom=True, _headers=CSV).startswith("\ufeff")

    # The matrix: the new party's latest position on the new topic.
    matrix = dashboard.get_matrix(party=[party.id], topic=[topic.id])
    assert len(matrix.cells) == 1 and matrix.cells[0].positions == 1
    assert matrix.cells[0].latest.summary == "second"


def changed(position, summary):
    return PositionInput(party=position.party.id, topic=position.topic.id, kind=position.kind, summary=summary,
                         stated_on=position.stated_on,
                         citations=[CitationInput(document=c.document.id, quote=c.quote, start=c.start)
                                    for c in position.citations])


def next_page(link):
    """The page number of the Link header's rel="next", resolved against the service."""
    for part in (link or "").split(","):
        if 'rel="next"' in part:
            url = urljoin(BASE, part.strip().split(";")[0].strip("<>"))
            return int(parse_qs(urlparse(url).query)["page"][0])
    return None


failed = 0
for run in CHECKS:
    try:
        run()
        print("ok   " + run.__name__)
    except Exception:  # every check runs, each failure is shown
        failed += 1
        print("FAIL " + run.__name__)
        traceback.print_exc()
print(f"{len(CHECKS) - failed} of {len(CHECKS)} Python checks passed")
sys.exit(1 if failed else 0)
