function show(label, f) { var v; try { v = f(); v = JSON.stringify(v); } catch (e) { v = 'THROW ' + e.name + ': ' + e.message; } pm.test(label + ' => ' + v); }
