// SortableJS core (no AutoScroll/OnSpill plugins: a 3-column board needs none). Global `Sortable`.
import Sortable from 'sortablejs/modular/sortable.core.esm.js';

window.Sortable = Sortable;
