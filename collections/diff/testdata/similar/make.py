#!/usr/bin/env python3
"""Writes the similarity-matching test collections (run from this directory).

old.json and new.json carry no item ids:
- Orders / order_book is renamed submit_order and moved to Checkout (its URL
  now writes the path variable as {{id}}): renamed and moved;
- Health: two identical requests in Admin and Public; Admin's removed and
  Public's renamed: the tie goes to the one in the same folder; Status: two identical requests
  side by side, one left renamed: the tie goes to the earlier one;
- Stock/ becomes Inventory/ with both requests renamed (and :sku written
  {{sku}}): the requests by similarity, the folder by its contents;
- Customers / get_customer is removed and Invoices / get_invoice added: same
  method and URL shape but another resource and other tests, below the
  threshold (they stay removed and added; --find-renames=20% pairs them).
ids-old.json and ids-new.json are an export with ids: a request renamed with
its id kept (and :id written {{order_id}}) is matched by id; a request
recreated with a new id and another name, and one added by hand without an
id and renamed, are found by similarity (their URLs changed too).
ids-regenerated.json is ids-new.json with every id regenerated: only
similarity and names pair the items.
"""
import json

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"


def url(path, variables=()):
    u = {"raw": "{{base_url}}/" + "/".join(path), "host": ["{{base_url}}"], "path": list(path)}
    if variables:
        u["variable"] = [{"key": k, "value": v} for k, v in variables]
    return u


def req(name, method, path, tests=(), body=None, variables=(), id=None):
    it = {}
    if id:
        it["id"] = id
    it["name"] = name
    if tests:
        it["event"] = [{"listen": "test", "script": {"type": "text/javascript", "exec": list(tests)}}]
    r = {"method": method, "header": [{"key": "Accept", "value": "application/json"}], "url": url(path, variables)}
    if body is not None:
        r["body"] = {"mode": "raw", "raw": json.dumps(body), "options": {"raw": {"language": "json"}}}
    it["request"] = r
    return it


def folder(name, items, id=None):
    f = {"id": id} if id else {}
    f["name"] = name
    f["item"] = items
    return f


def ok(code=200):
    return ("pm.test('Status code is %d', function () {" % code,
            "    pm.response.to.have.status(%d);" % code, "});")


def collection(items):
    return {"info": {"name": "Shop", "schema": SCHEMA}, "item": items,
            "variable": [{"key": "base_url", "value": "https://shop.example"}]}


ORDER_TESTS = ok(201) + ("const order = pm.response.json();",
                         "pm.collectionVariables.set('order_id', order.id);",
                         "pm.test('Order is open', () => pm.expect(order.status).to.eql('open'));")
ORDER_BODY = {"customerId": "{{customer_id}}", "items": [{"sku": "A-1", "qty": 1}], "note": ""}
HEALTH = ok() + ("pm.test('Healthy', () => pm.expect(pm.response.json().healthy).to.be.true);",)


def old():
    return collection([
        folder("Orders", [
            req("order_book", "POST", ["orders", ":id"], ORDER_TESTS, ORDER_BODY, [("id", "1")]),
            req("list_orders", "GET", ["orders"], ok()),
        ]),
        folder("Checkout", [req("pay", "POST", ["payments"], ok(), {"orderId": "{{order_id}}", "amount": 10})]),
        folder("Admin", [req("Health", "GET", ["health"], HEALTH), req("users", "GET", ["users"], ok())]),
        folder("Public", [req("Health", "GET", ["health"], HEALTH)]),
        folder("Status", [req("status (primary)", "GET", ["status"], ok()),
                          req("status (replica)", "GET", ["status"], ok())]),
        folder("Stock", [
            req("adjust stock", "POST", ["stock", ":sku"], ok(), {"delta": 1}, [("sku", "A-1")]),
            req("stock levels", "GET", ["stock", ":sku", "levels"], ok() + ("pm.expect(pm.response.json().level).to.be.a('number');",), None, [("sku", "A-1")]),
        ]),
        folder("Customers", [req("get_customer", "GET", ["customers", ":id"],
                                 ok() + ("const c = pm.response.json();", "pm.expect(c.email).to.include('@');"), None, [("id", "7")])]),
    ])


def new():
    return collection([
        folder("Orders", [req("list_orders", "GET", ["orders"], ok())]),
        folder("Checkout", [
            req("pay", "POST", ["payments"], ok(), {"orderId": "{{order_id}}", "amount": 10}),
            req("submit_order", "POST", ["orders", "{{id}}"], ORDER_TESTS, ORDER_BODY),
        ]),
        folder("Admin", [req("users", "GET", ["users"], ok())]),
        folder("Public", [req("Health probe", "GET", ["health"], HEALTH)]),
        folder("Status", [req("status", "GET", ["status"], ok())]),
        folder("Inventory", [
            req("adjust_inventory", "POST", ["stock", "{{sku}}"], ok(), {"delta": 1}),
            req("inventory_levels", "GET", ["stock", "{{sku}}", "levels"], ok() + ("pm.expect(pm.response.json().level).to.be.a('number');",)),
        ]),
        folder("Customers", []),
        folder("Invoices", [req("get_invoice", "GET", ["invoices", ":id"],
                                ok() + ("const inv = pm.response.json();", "pm.expect(inv.total).to.be.above(0);"), None, [("id", "7")])]),
    ])


def with_ids(regenerated=False):
    g = "r-" if regenerated else ""
    o = collection([
        folder("Orders", [
            req("Create order", "POST", ["orders"], ORDER_TESTS, ORDER_BODY, id="req-create"),
            req("Get order", "GET", ["orders", ":id"], ok(), None, [("id", "1")], id="req-get"),
            req("Cancel order", "DELETE", ["orders", ":id"], ok(204), None, [("id", "1")], id="req-cancel"),
            req("refund", "POST", ["orders", ":id", "refund"], ok(), {"amount": 10}, [("id", "1")]),
        ], id="fld-orders"),
    ])
    n = collection([
        folder("Orders", [
            req("Create order", "POST", ["orders"], ORDER_TESTS, ORDER_BODY, id=g + "req-create"),
            req("Fetch order", "GET", ["orders", "{{order_id}}"], ok(), id=g + "req-get"),
            req("Void order", "DELETE", ["orders", "{{order_id}}"], ok(204), id=g + "req-cancel-2"),
            req("Refund order", "POST", ["orders", "{{order_id}}", "refund"], ok(), {"amount": 10, "reason": ""}),
        ], id=g + "fld-orders"),
    ])
    return o, n


def write(name, doc):
    with open(name, "w") as f:
        json.dump(doc, f, indent="\t")
        f.write("\n")


write("old.json", old())
write("new.json", new())
o, n = with_ids()
write("ids-old.json", o)
write("ids-new.json", n)
write("ids-regenerated.json", with_ids(True)[1])
