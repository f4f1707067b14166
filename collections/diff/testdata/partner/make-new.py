#!/usr/bin/env python3
"""Derives new.json from old.json (the Contio partner collection) the way a
vendor's next export would look: every id regenerated, and a handful of edits.
Run from this directory: python3 make-new.py"""
import json
import uuid

c = json.load(open('old.json', encoding='utf-8'))

def walk(items):
    for it in items:
        yield it
        if 'item' in it:
            yield from walk(it['item'])

# A re-export: every item gets a fresh (deterministic) id.
for n, it in enumerate(walk(c['item'])):
    it['id'] = str(uuid.UUID(int=0x7e57_0000_0000_4000_8000_000000000000 + n))

folders = {f['name']: f for f in c['item']}
oauth = folders['🔐 OAuth Flow (Run in Order)']
user = folders['Partner User API']
admin = folders['Partner Admin API']

# Folder renamed (children keep their names).
folders['🔎 Token Introspection']['name'] = '🔎 Introspection'

# Request renamed with a new id: matched by method and URL.
oauth['item'][4]['name'] = '5. Verify Token'

# Test script edited.
step4 = oauth['item'][3]
for ev in step4['event']:
    if ev['listen'] == 'test':
        ex = ev['script']['exec']
        i = next(k for k, l in enumerate(ex) if 'access_token' in l)
        ex.insert(i + 1, "    pm.expect(json.token_type, 'token_type').to.eql('Bearer');")

# Query parameter changed.
lm = next(it for it in user['item'] if it['name'] == 'List Meetings')
lm['request']['url']['raw'] = lm['request']['url']['raw'].replace('limit=5', 'limit=25')
for q in lm['request']['url']['query']:
    if q['key'] == 'limit':
        q['value'] = '25'

# Request removed, request added.
user['item'] = [it for it in user['item'] if it['name'] != 'Get Deleted Action Item (expect 404)']
agenda = next(k for k, it in enumerate(user['item']) if it['name'] == 'List Meeting Agenda Items')
user['item'].insert(agenda + 1, {
    'id': 'b6a0c2de-1f3a-4c55-9e77-20d1f4e6a001',
    'name': 'List Meeting Notes',
    'event': [{'listen': 'test', 'script': {'type': 'text/javascript', 'exec': [
        "pm.test('Status code is 200', function () {",
        "    pm.response.to.have.status(200);",
        "});"]}}],
    'request': {
        'method': 'GET',
        'header': [],
        'url': {
            'raw': '{{base_url}}/v1/partner/user/meetings/{{meeting_id}}/notes',
            'host': ['{{base_url}}'],
            'path': ['v1', 'partner', 'user', 'meetings', '{{meeting_id}}', 'notes'],
        },
    },
    'response': [],
})

# Reordered: Get App now comes last.
admin['item'].append(admin['item'].pop(0))

# Variables: a scope added, a variable added.
for v in c['variable']:
    if v['key'] == 'oauth_scopes':
        v['value'] += ' webhooks:read'
c['variable'].append({'key': 'api_version', 'value': '2025-01', 'type': 'string',
                      'description': 'Sent as Contio-Version'})

with open('new.json', 'w', encoding='utf-8') as f:
    json.dump(c, f, ensure_ascii=False, indent='\t')
    f.write('\n')
