#!/usr/bin/env python3
"""Writes the books test collections (run from this directory).

old.json is a 2022-style export of a small "Simple Books API" collection
without item ids; new.json is its 2025 version: base_URL renamed to base_url
with every use updated, five requests renamed (same method and path), one
request added, a test and a header edited. stale.json is new.json with one
use of {{base_URL}} left behind.
"""
import copy
import json

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"


def url(base, path, query=(), variables=()):
    raw = "{{%s}}/%s" % (base, "/".join(path))
    u = {"raw": raw, "host": ["{{%s}}" % base], "path": list(path)}
    if query:
        u["raw"] += "?" + "&".join("%s=%s" % q for q in query)
        u["query"] = [{"key": k, "value": v} for k, v in query]
    if variables:
        u["variable"] = [{"key": k, "value": v} for k, v in variables]
    return u


def test(*lines):
    return [{"listen": "test", "script": {"type": "text/javascript", "exec": list(lines)}}]


STATUS_200 = ["pm.test(\"Status code is 200\", function () {", "    pm.response.to.have.status(200);", "});"]
BEARER = {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}
JSON = [{"key": "Content-Type", "value": "application/json"}]


def request(name, method, u, events=None, body=None, auth=None, header=None):
    r = {"method": method, "header": header or [], "url": u}
    if body is not None:
        r["body"] = {"mode": "raw", "raw": json.dumps(body, indent=4), "options": {"raw": {"language": "json"}}}
    if auth:
        r["auth"] = auth
    it = {"name": name}
    if events:
        it["event"] = events
    it["request"] = r
    it["response"] = []
    return it


def collection(base, v2):
    def n(old, new):
        return new if v2 else old

    books = [
        request("list_books", "GET", url(base, ["books"], [("type", "fiction"), ("limit", "2")]),
                test(*STATUS_200, "pm.test(\"At most two books\", function () {",
                     "    pm.expect(pm.response.json().length).to.be.at.most(2);", "});")),
        request(n("single_book", "book_details"), "GET",
                url(base, ["books", "{{id}}"]) if v2 else url(base, ["books", ":bookId"], variables=[("bookId", "1")]),
                test(*STATUS_200, "const book = pm.response.json();",
                     "pm.test(\"Book is in stock\", function () {",
                     "    pm.expect(book[\"current-stock\"]).to.be.above(0);", "});")),
    ]
    register_test = STATUS_200 if not v2 else [l.replace("200", "201") for l in STATUS_200]
    orders = [
        request(n("register_client", "register_api_client"), "POST", url(base, ["api-clients"]),
                test(*register_test, "pm.collectionVariables.set(\"accessToken\", pm.response.json().accessToken);"),
                body={"clientName": "Postman", "clientEmail": "{{$randomEmail}}"}, header=JSON),
        request(n("order_book", "submit_order"), "POST", url(base, ["orders"]),
                test(*STATUS_200, "pm.collectionVariables.set(\"orderId\", pm.response.json().orderId);"),
                body={"bookId": 1, "customerName": "{{$randomFullName}}"}, auth=BEARER, header=JSON),
        request(n("get_orders", "list_orders"), "GET", url(base, ["orders"]), test(*STATUS_200), auth=BEARER),
        request("get_order", "GET", url(base, ["orders", ":orderId"], variables=[("orderId", "{{orderId}}")]),
                test(*STATUS_200), auth=BEARER),
        request("update_order", "PATCH", url(base, ["orders", ":orderId"], variables=[("orderId", "{{orderId}}")]),
                test("pm.test(\"Status code is 204\", function () {", "    pm.response.to.have.status(204);", "});"),
                body={"customerName": "John"}, auth=BEARER,
                header=JSON + ([{"key": "Accept", "value": "application/json"}] if v2 else [])),
        request(n("delete_order", "cancel_order"), "DELETE", url(base, ["orders", ":orderId"], variables=[("orderId", "{{orderId}}")]),
                test("pm.test(\"Status code is 204\", function () {", "    pm.response.to.have.status(204);", "});"),
                auth=BEARER),
    ]
    if v2:
        orders.insert(1, request("api_client_status", "GET", url(base, ["api-clients", "me"]),
                                 test(*STATUS_200, "pm.expect(pm.response.json().clientName).to.eql(\"Postman\");"), auth=BEARER))
    items = [
        request("api_status", "GET", url(base, ["status"]), test(*STATUS_200)),
        {"name": "Books", "item": books},
        {"name": "Orders", "item": orders},
    ]
    return {
        "info": {"name": "Simple Books API", "schema": SCHEMA},
        "item": items,
        "variable": [
            {"key": base, "value": "https://simple-books-api.glitch.me"},
            {"key": "accessToken", "value": ""},
            {"key": "orderId", "value": ""},
        ],
    }


def write(name, doc):
    with open(name, "w") as f:
        json.dump(doc, f, indent="\t", ensure_ascii=False)
        f.write("\n")


write("old.json", collection("base_URL", False))
new = collection("base_url", True)
write("new.json", new)
stale = copy.deepcopy(new)
# get_order still uses the old name
get_order = stale["item"][2]["item"][4]
assert get_order["name"] == "get_order"
get_order["request"]["url"] = url("base_URL", ["orders", ":orderId"], variables=[("orderId", "{{orderId}}")])
write("stale.json", stale)
