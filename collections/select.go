package collections

// Selected is an item --folder selects, with the folders holding it
// (outermost first).
type Selected struct {
	Item    *Item
	Parents []*Item
}

// Select finds the items that --folder values name, as postman-runtime
// (Newman 6.2.2, the Postman app) finds them, in the order a run runs
// them: run them whole (a folder's requests in order). matched[i] is the
// item the i-th value found (nil when it found none: a run stops there).
//
// One value: the first of the collection's own items whose id or name it
// is, else the first match among the children of each item in turn (so a
// request at the top wins over one of the same name in an earlier
// folder). Several: the collection is walked in order and each value
// matches its first item (by id, then by name); an item is selected
// unless the folder holding it matched, and that holds one level down
// only: a match inside an unmatched folder inside a matched one is
// selected again, so it runs twice, as in Newman.
func Select(c *Collection, folders []string) (sel []Selected, matched []*Item) {
	matched = make([]*Item, len(folders))
	if len(folders) == 1 {
		it, parents := findItemOrGroup(c.Items, nil, folders[0])
		if it != nil {
			matched[0] = it
			sel = append(sel, Selected{Item: it, Parents: parents})
		}
		return sel, matched
	}
	want := map[string]bool{}
	for _, f := range folders {
		want[f] = true
	}
	found := map[string]*Item{}
	var find func(items, parents []*Item, accumulate bool)
	find = func(items, parents []*Item, accumulate bool) {
		for _, it := range items {
			if len(want) == 0 {
				return
			}
			match := ""
			if it.ID != "" && want[it.ID] {
				match = it.ID
			} else if want[it.Name] {
				match = it.Name
			}
			if match != "" {
				if accumulate {
					sel = append(sel, Selected{Item: it, Parents: parents})
				}
				delete(want, match)
				found[match] = it
			}
			if it.Folder {
				find(it.Items, append(parents[:len(parents):len(parents)], it), match == "")
			}
		}
	}
	find(c.Items, nil, true)
	for i, f := range folders {
		matched[i] = found[f]
	}
	return sel, matched
}

// findItemOrGroup is postman-runtime's lookup of one --folder value: the
// first of items whose id or name it is, else the first match among the
// children of each item in turn.
func findItemOrGroup(items, parents []*Item, match string) (*Item, []*Item) {
	for _, it := range items {
		if (it.ID != "" && it.ID == match) || it.Name == match {
			return it, parents
		}
	}
	for _, it := range items {
		if it.Folder {
			if m, ps := findItemOrGroup(it.Items, append(parents[:len(parents):len(parents)], it), match); m != nil {
				return m, ps
			}
		}
	}
	return nil, nil
}
