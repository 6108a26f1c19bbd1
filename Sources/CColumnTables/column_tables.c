// The `baocao_columns` virtual-table module: see include/column_tables.h.
//
// Lookups narrow the rows by binary search over an index's row order, then
// SQLite checks every constraint again on the rows handed back (no `omit`):
// a narrowing only has to keep every matching row, so whatever this file
// cannot map exactly (a text compared with an INTEGER column…) simply scans more.
#include "column_tables.h"
#include "sorting.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>

typedef struct {
    int count;
    const baocao_table **tables;
} registry;

typedef struct {
    sqlite3_vtab base;
    const baocao_table *table;
} column_vtab;

typedef struct {
    sqlite3_vtab_cursor base;
    const baocao_table *table;
    const int32_t *rows;  // NULL: every row in row order
    int64_t position, end;
} column_cursor;

// MARK: Comparing a row's value with a key

typedef enum { KEY_NONE, KEY_EMPTY, KEY_INTEGER, KEY_REAL, KEY_CODE } key_kind;

typedef struct {
    key_kind kind;
    int64_t integer;
    double real;
    int32_t code;
} key;

// Compares row `row`'s value in `column` with `k` (NULL sorts first).
static int compare_row(const baocao_column *column, int32_t row, const key *k) {
    switch (column->kind) {
    case BAOCAO_COLUMN_TEXT: {
        int32_t code = column->codes[row];
        return code < k->code ? -1 : code > k->code;
    }
    case BAOCAO_COLUMN_INTEGER: {
        if (column->nulls && column->nulls[row]) return -1;
        int64_t value = column->integers[row];
        if (k->kind == KEY_REAL) return (double)value < k->real ? -1 : (double)value > k->real;
        return value < k->integer ? -1 : value > k->integer;
    }
    default: {
        if (column->nulls && column->nulls[row]) return -1;
        double value = column->reals[row];
        double other = k->kind == KEY_INTEGER ? (double)k->integer : k->real;
        return value < other ? -1 : value > other;
    }
    }
}

// The first position in [lo, hi) whose row compares >= k (or > k when `after`).
static int64_t bound(const baocao_column *column, const int32_t *rows, int64_t lo, int64_t hi,
                     const key *k, int after) {
    while (lo < hi) {
        int64_t middle = lo + (hi - lo) / 2;
        int c = compare_row(column, rows[middle], k);
        if (c < 0 || (after && c == 0)) lo = middle + 1; else hi = middle;
    }
    return lo;
}

// The first distinct text >= text, and whether it is equal.
static int32_t text_rank(const baocao_column *column, const unsigned char *text, int length, int *equal) {
    int32_t lo = 0, hi = column->distinct_count;
    *equal = 0;
    while (lo < hi) {
        int32_t middle = lo + (hi - lo) / 2;
        int64_t start = column->text_offsets[middle];
        int c = baocao_compare_bytes(column->text_bytes + start, column->text_offsets[middle + 1] - start,
                                     (const char *)text, length);
        if (c == 0) { *equal = 1; return middle; }
        if (c < 0) lo = middle + 1; else hi = middle;
    }
    return lo;
}

// The code of the distinct text equal to `text`, or -1: through the column's text slots.
static int32_t text_code(const baocao_column *column, const unsigned char *text, int length) {
    uint64_t slot = baocao_hash_bytes((const char *)text, length) & column->text_slot_mask;
    for (int32_t code; (code = column->text_slots[slot]) >= 0; slot = (slot + 1) & column->text_slot_mask) {
        int64_t start = column->text_offsets[code];
        if (column->text_offsets[code + 1] - start == length
            && (length == 0 || memcmp(column->text_bytes + start, text, (size_t)length) == 0)) return code;
    }
    return -1;
}

void baocao_fill_text_slots(const baocao_column *column, int32_t *slots, uint64_t mask) {
    memset(slots, 0xFF, sizeof(int32_t) * (size_t)(mask + 1));
    for (int32_t code = 0; code < column->distinct_count; code++) {
        int64_t start = column->text_offsets[code];
        uint64_t slot = baocao_hash_bytes(column->text_bytes + start, column->text_offsets[code + 1] - start) & mask;
        while (slots[slot] >= 0) slot = (slot + 1) & mask;
        slots[slot] = code;
    }
}

typedef enum { BOUND_EQUAL, BOUND_LOWER, BOUND_UPPER } bound_kind;

// The key a constraint's value makes for `column`: KEY_EMPTY when no row can
// match, KEY_NONE when it cannot be mapped (then no narrowing).
static key make_key(const baocao_column *column, sqlite3_value *value, bound_kind kind) {
    key k = {KEY_NONE, 0, 0, 0};
    int type = sqlite3_value_type(value);
    if (type == SQLITE_NULL) { k.kind = KEY_EMPTY; return k; }   // nothing compares with NULL
    if (column->kind == BAOCAO_COLUMN_TEXT) {
        // Only a text narrows: compared with a number of numeric affinity (an
        // INTEGER column, a CAST), SQLite turns the column's texts into
        // numbers instead, and '05' = 5. The value comes without its affinity.
        if (type != SQLITE_TEXT) return k;
        const unsigned char *text = sqlite3_value_text(value);
        if (!text) return k;
        if (kind == BOUND_EQUAL && column->text_slots) {
            int32_t code = text_code(column, text, sqlite3_value_bytes(value));
            k.kind = code < 0 ? KEY_EMPTY : KEY_CODE;
            k.code = code;
            return k;
        }
        int equal;
        int32_t rank = text_rank(column, text, sqlite3_value_bytes(value), &equal);
        k.kind = KEY_CODE;
        switch (kind) {
        case BOUND_EQUAL: if (!equal) k.kind = KEY_EMPTY; k.code = rank; break;
        case BOUND_LOWER: k.code = rank; break;                      // codes >= rank
        case BOUND_UPPER: k.code = equal ? rank : rank - 1; break;    // codes <= code
        }
        return k;
    }
    if (type == SQLITE_INTEGER) { k.kind = KEY_INTEGER; k.integer = sqlite3_value_int64(value); return k; }
    if (type == SQLITE_FLOAT) {
        double real = sqlite3_value_double(value);
        if (isnan(real)) return k;
        if (column->kind == BAOCAO_COLUMN_INTEGER && kind == BOUND_EQUAL && real != floor(real)) {
            k.kind = KEY_EMPTY;
            return k;
        }
        k.kind = KEY_REAL;
        k.real = real;
        return k;
    }
    return k;   // a text or blob compared with a number: affinity rules; scan
}

// MARK: The module

// Whether this thread is declaring a column table's columns to SQLite.
static _Thread_local int declaring;

int baocao_column_table_declaring(void) {
    return declaring;
}

static int column_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                          sqlite3_vtab **out, char **error) {
    const registry *tables = aux;
    const baocao_table *table = NULL;
    for (int i = 0; argc > 2 && i < tables->count; i++) {
        if (sqlite3_stricmp(tables->tables[i]->name, argv[2]) == 0) table = tables->tables[i];
    }
    if (!table) {
        *error = sqlite3_mprintf("no columns are loaded for table %s", argc > 2 ? argv[2] : "?");
        return SQLITE_ERROR;
    }
    sqlite3_str *declaration = sqlite3_str_new(db);
    sqlite3_str_appendall(declaration, "CREATE TABLE x(");
    for (int i = 0; i < table->column_count; i++) {
        sqlite3_str_appendf(declaration, "%s\"%w\" %s", i ? ", " : "", table->columns[i].name,
                            table->columns[i].declared_type);
    }
    sqlite3_str_appendall(declaration, ")");
    char *sql = sqlite3_str_finish(declaration);
    if (!sql) return SQLITE_NOMEM;
    declaring = 1;
    int code = sqlite3_declare_vtab(db, sql);
    declaring = 0;
    sqlite3_free(sql);
    if (code != SQLITE_OK) return code;
    column_vtab *vtab = sqlite3_malloc(sizeof *vtab);
    if (!vtab) return SQLITE_NOMEM;
    memset(vtab, 0, sizeof *vtab);
    vtab->table = table;
    *out = &vtab->base;
    return SQLITE_OK;
}

static int column_disconnect(sqlite3_vtab *vtab) {
    sqlite3_free(vtab);
    return SQLITE_OK;
}

// Whether constraint i can narrow a lookup on `column`: texts only under BINARY, the order of the codes.
static int usable_on(sqlite3_index_info *info, int i, const baocao_column *column) {
    if (!info->aConstraint[i].usable) return 0;
    if (column->kind != BAOCAO_COLUMN_TEXT) return 1;
    const char *collation = sqlite3_vtab_collation(info, i);
    return !collation || sqlite3_stricmp(collation, "BINARY") == 0;
}

// The plan: idxNum = index + 1 (0: every row), the number of equalities
// on its leading columns << 8, a lower bound on the next one << 16, an upper << 17.
static int column_best_index(sqlite3_vtab *base, sqlite3_index_info *info) {
    const baocao_table *table = ((column_vtab *)base)->table;
    double best_rows = (double)table->row_count;
    int best_index = -1, best_equal = 0, best_lower = -1, best_upper = -1;
    int best_equals[16];
    for (int x = 0; x < table->index_count; x++) {
        const baocao_index *index = &table->indexes[x];
        int equals[16], count = 0;
        for (; count < index->column_count && count < 16; count++) {
            int column = index->columns[count], found = -1;
            for (int i = 0; i < info->nConstraint && found < 0; i++) {
                if (info->aConstraint[i].iColumn == column && info->aConstraint[i].op == SQLITE_INDEX_CONSTRAINT_EQ
                    && usable_on(info, i, &table->columns[column])) found = i;
            }
            if (found < 0) break;
            equals[count] = found;
        }
        int lower = -1, upper = -1;
        if (count < index->column_count) {
            int column = index->columns[count];
            for (int i = 0; i < info->nConstraint; i++) {
                if (info->aConstraint[i].iColumn != column || !usable_on(info, i, &table->columns[column]))
                    continue;
                unsigned char op = info->aConstraint[i].op;
                if (op == SQLITE_INDEX_CONSTRAINT_GT || op == SQLITE_INDEX_CONSTRAINT_GE) lower = i;
                if (op == SQLITE_INDEX_CONSTRAINT_LT || op == SQLITE_INDEX_CONSTRAINT_LE) upper = i;
            }
        }
        if (count == 0 && lower < 0 && upper < 0) continue;
        double rows = count == 0 ? (double)table->row_count : index->rows_per_key[count - 1];
        if (lower >= 0) rows /= 4;
        if (upper >= 0) rows /= 4;
        if (rows < 1) rows = 1;
        if (rows < best_rows) {
            best_rows = rows;
            best_index = x;
            best_equal = count;
            best_lower = lower;
            best_upper = upper;
            memcpy(best_equals, equals, sizeof(int) * (size_t)count);
        }
    }
    if (best_index < 0) {
        // Every row, in row order: what `ORDER BY rowid` asks for.
        if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn < 0 && !info->aOrderBy[0].desc) {
            info->orderByConsumed = 1;
        }
        info->idxNum = 0;
        info->estimatedCost = (double)table->row_count + 1;
        info->estimatedRows = table->row_count;
        return SQLITE_OK;
    }
    int argument = 1;
    for (int k = 0; k < best_equal; k++) info->aConstraintUsage[best_equals[k]].argvIndex = argument++;
    if (best_lower >= 0) info->aConstraintUsage[best_lower].argvIndex = argument++;
    if (best_upper >= 0) info->aConstraintUsage[best_upper].argvIndex = argument++;
    info->idxNum = (best_index + 1) | best_equal << 8 | (best_lower >= 0) << 16 | (best_upper >= 0) << 17;
    // A binary search, then the rows: cheaper than scanning whenever it narrows.
    info->estimatedCost = best_rows + 20;
    info->estimatedRows = (sqlite3_int64)best_rows;
    return SQLITE_OK;
}

// Read-only, but said at run time: then a connection's authorizer is asked
// first, and refuses the statement in its own words.
static int column_update(sqlite3_vtab *vtab, int argc, sqlite3_value **argv, sqlite3_int64 *rowid) {
    (void)argc; (void)argv; (void)rowid;
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("the store is read-only");
    return SQLITE_READONLY;
}

static int column_open(sqlite3_vtab *base, sqlite3_vtab_cursor **out) {
    column_cursor *cursor = sqlite3_malloc(sizeof *cursor);
    if (!cursor) return SQLITE_NOMEM;
    memset(cursor, 0, sizeof *cursor);
    cursor->table = ((column_vtab *)base)->table;
    *out = &cursor->base;
    return SQLITE_OK;
}

static int column_close(sqlite3_vtab_cursor *cursor) {
    sqlite3_free(cursor);
    return SQLITE_OK;
}

static int column_filter(sqlite3_vtab_cursor *base, int plan, const char *unused, int argc, sqlite3_value **argv) {
    (void)unused;
    column_cursor *cursor = (column_cursor *)base;
    const baocao_table *table = cursor->table;
    cursor->rows = NULL;
    cursor->position = 0;
    cursor->end = table->row_count;
    if (plan == 0) return SQLITE_OK;
    const baocao_index *index = &table->indexes[(plan & 0xff) - 1];
    int equal = (plan >> 8) & 0xff, has_lower = (plan >> 16) & 1, has_upper = (plan >> 17) & 1;
    int64_t lo = 0, hi = table->row_count;
    int argument = 0, narrowing = 1;
    cursor->rows = index->rows;
    for (int k = 0; k < equal && argument < argc; k++) {
        sqlite3_value *value = argv[argument++];
        if (!narrowing) continue;
        const baocao_column *column = &table->columns[index->columns[k]];
        key kk = make_key(column, value, BOUND_EQUAL);
        if (kk.kind == KEY_EMPTY) { cursor->position = cursor->end = 0; return SQLITE_OK; }
        if (kk.kind == KEY_NONE) { narrowing = 0; continue; }   // the next columns are not ordered in [lo, hi)
        if (k == 0 && kk.kind == KEY_CODE && index->code_starts) {
            lo = index->code_starts[kk.code];
            hi = index->code_starts[kk.code + 1];
            continue;
        }
        int64_t first = bound(column, index->rows, lo, hi, &kk, 0);
        hi = bound(column, index->rows, first, hi, &kk, 1);
        lo = first;
    }
    if (narrowing && equal < index->column_count) {
        const baocao_column *column = &table->columns[index->columns[equal]];
        if (has_lower && argument < argc) {
            key kk = make_key(column, argv[argument++], BOUND_LOWER);
            if (kk.kind == KEY_EMPTY) { cursor->position = cursor->end = 0; return SQLITE_OK; }
            if (kk.kind != KEY_NONE) lo = bound(column, index->rows, lo, hi, &kk, 0);
        }
        if (has_upper && argument < argc) {
            key kk = make_key(column, argv[argument++], BOUND_UPPER);
            if (kk.kind == KEY_EMPTY) { cursor->position = cursor->end = 0; return SQLITE_OK; }
            if (kk.kind != KEY_NONE) hi = bound(column, index->rows, lo, hi, &kk, 1);
        }
    }
    cursor->position = lo;
    cursor->end = hi < lo ? lo : hi;
    return SQLITE_OK;
}

static int column_next(sqlite3_vtab_cursor *base) {
    ((column_cursor *)base)->position++;
    return SQLITE_OK;
}

static int column_eof(sqlite3_vtab_cursor *base) {
    column_cursor *cursor = (column_cursor *)base;
    return cursor->position >= cursor->end;
}

static int32_t current_row(const column_cursor *cursor) {
    return cursor->rows ? cursor->rows[cursor->position] : (int32_t)cursor->position;
}

static int column_value(sqlite3_vtab_cursor *base, sqlite3_context *context, int i) {
    column_cursor *cursor = (column_cursor *)base;
    const baocao_column *column = &cursor->table->columns[i];
    int32_t row = current_row(cursor);
    switch (column->kind) {
    case BAOCAO_COLUMN_TEXT: {
        int32_t code = column->codes[row];
        if (code < 0) { sqlite3_result_null(context); break; }
        int64_t start = column->text_offsets[code];
        sqlite3_result_text(context, column->text_bytes + start, (int)(column->text_offsets[code + 1] - start),
                            SQLITE_STATIC);
        break;
    }
    case BAOCAO_COLUMN_INTEGER:
        if (column->nulls && column->nulls[row]) sqlite3_result_null(context);
        else sqlite3_result_int64(context, column->integers[row]);
        break;
    default:
        if (column->nulls && column->nulls[row]) sqlite3_result_null(context);
        else sqlite3_result_double(context, column->reals[row]);
    }
    return SQLITE_OK;
}

static int column_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
    *rowid = (sqlite3_int64)current_row((column_cursor *)base) + 1;
    return SQLITE_OK;
}

static const sqlite3_module column_module = {
    .iVersion = 0,
    .xCreate = column_connect,
    .xConnect = column_connect,
    .xBestIndex = column_best_index,
    .xDisconnect = column_disconnect,
    .xDestroy = column_disconnect,
    .xOpen = column_open,
    .xClose = column_close,
    .xFilter = column_filter,
    .xNext = column_next,
    .xEof = column_eof,
    .xColumn = column_value,
    .xRowid = column_rowid,
    .xUpdate = column_update,
};

static void free_registry(void *pointer) {
    registry *tables = pointer;
    free(tables->tables);
    free(tables);
}

int baocao_register_column_tables(sqlite3 *db, const baocao_table *const *tables, int count) {
    registry *copy = malloc(sizeof *copy);
    if (!copy) return SQLITE_NOMEM;
    copy->count = count;
    copy->tables = malloc(sizeof(*copy->tables) * (size_t)(count > 0 ? count : 1));
    if (!copy->tables) { free(copy); return SQLITE_NOMEM; }
    for (int i = 0; i < count; i++) copy->tables[i] = tables[i];
    return sqlite3_create_module_v2(db, "baocao_columns", &column_module, copy, free_registry);
}

// MARK: Sorting an index

typedef struct {
    const baocao_table *table;
    const int32_t *columns;
    int column_count;
} order;

static int compare_values(const baocao_column *column, int32_t a, int32_t b) {
    if (column->kind == BAOCAO_COLUMN_TEXT) {
        return column->codes[a] < column->codes[b] ? -1 : column->codes[a] > column->codes[b];
    }
    int null_a = column->nulls && column->nulls[a], null_b = column->nulls && column->nulls[b];
    if (null_a || null_b) return null_b - null_a;
    if (column->kind == BAOCAO_COLUMN_INTEGER) {
        return column->integers[a] < column->integers[b] ? -1 : column->integers[a] > column->integers[b];
    }
    return column->reals[a] < column->reals[b] ? -1 : column->reals[a] > column->reals[b];
}

// How many leading columns rows a and b share.
static int shared_prefix(const order *o, int32_t a, int32_t b) {
    int k = 0;
    while (k < o->column_count && compare_values(&o->table->columns[o->columns[k]], a, b) == 0) k++;
    return k;
}

static int compare_rows(const order *o, int32_t a, int32_t b) {
    for (int k = 0; k < o->column_count; k++) {
        int c = compare_values(&o->table->columns[o->columns[k]], a, b);
        if (c) return c;
    }
    return 0;
}

static int compare_ordered_rows(const void *context, int32_t a, int32_t b) {
    return compare_rows(context, a, b);
}

// A stable sort of any items by a comparison (equal ones keep their order):
// an index's rows here, a column's distinct texts in text_coder.c.
void baocao_merge_sort(int32_t *items, int32_t *scratch, int64_t count,
                       int (*compare)(const void *context, int32_t a, int32_t b), const void *context) {
    if (count < 2) return;
    if (count <= 16) {
        for (int64_t i = 1; i < count; i++) {
            int32_t item = items[i];
            int64_t j = i;
            while (j > 0 && compare(context, items[j - 1], item) > 0) { items[j] = items[j - 1]; j--; }
            items[j] = item;
        }
        return;
    }
    int64_t half = count / 2;
    baocao_merge_sort(items, scratch, half, compare, context);
    baocao_merge_sort(items + half, scratch, count - half, compare, context);
    if (compare(context, items[half - 1], items[half]) <= 0) return;   // already in order
    memcpy(scratch, items, sizeof(int32_t) * (size_t)half);
    int64_t i = 0, j = half, out = 0;
    while (i < half && j < count) items[out++] = compare(context, items[j], scratch[i]) < 0 ? items[j++] : scratch[i++];
    while (i < half) items[out++] = scratch[i++];
}

// Bits needed to number `range` values 0..<range.
static int bits_for(uint64_t range) {
    int bits = 0;
    while (bits < 64 && (range - 1) >> bits) bits++;
    return bits;
}

// Each row's key as one number, its columns side by side, the first highest:
// a text's code + 1, an integer's distance from the column's least + 1, 0
// for NULL — so keys order as the rows do. 0 when they do not fit in 64 bits
// (or a column is REAL); else the bits used.
static int pack_keys(const order *o, int64_t count, uint64_t *keys) {
    int widths[o->column_count];
    int64_t least[o->column_count];
    int total = 0;
    for (int k = 0; k < o->column_count; k++) {
        const baocao_column *column = &o->table->columns[o->columns[k]];
        uint64_t range;
        if (column->kind == BAOCAO_COLUMN_TEXT) {
            range = (uint64_t)column->distinct_count + 1;
        } else if (column->kind == BAOCAO_COLUMN_INTEGER) {
            int64_t low = INT64_MAX, high = INT64_MIN;
            for (int64_t row = 0; row < count; row++) {
                if (column->nulls && column->nulls[row]) continue;
                if (column->integers[row] < low) low = column->integers[row];
                if (column->integers[row] > high) high = column->integers[row];
            }
            least[k] = low;
            uint64_t spread = low > high ? 0 : (uint64_t)high - (uint64_t)low;
            if (spread >= UINT64_MAX - 1) return 0;
            range = spread + 2;
        } else {
            return 0;
        }
        widths[k] = bits_for(range);
        total += widths[k];
        if (total > 64) return 0;
    }
    for (int64_t row = 0; row < count; row++) {
        uint64_t key = 0;
        for (int k = 0; k < o->column_count; k++) {
            const baocao_column *column = &o->table->columns[o->columns[k]];
            uint64_t part;
            if (column->kind == BAOCAO_COLUMN_TEXT) part = (uint64_t)(column->codes[row] + 1);
            else if (column->nulls && column->nulls[row]) part = 0;
            else part = (uint64_t)column->integers[row] - (uint64_t)least[k] + 1;
            key = widths[k] == 64 ? part : (key << widths[k]) | part;
        }
        keys[row] = key;
    }
    return total ? total : 1;
}

// Orders `rows` by `keys` (both `count` long), equal keys in the order they
// are in: a least-significant-digit radix sort over the `bits` used, eleven
// bits a pass.
static void radix_sort(uint64_t *keys, int32_t *rows, int64_t count, int bits) {
    enum { digit_bits = 11, digits = 1 << digit_bits };
    uint64_t *other_keys = malloc(sizeof(uint64_t) * (size_t)count);
    int32_t *other_rows = malloc(sizeof(int32_t) * (size_t)count);
    int64_t *starts = malloc(sizeof(int64_t) * digits);
    if (!other_keys || !other_rows || !starts) abort();   // out of memory: no index can be made
    for (int shift = 0; shift < bits; shift += digit_bits) {
        memset(starts, 0, sizeof(int64_t) * digits);
        for (int64_t i = 0; i < count; i++) starts[(keys[i] >> shift) & (digits - 1)]++;
        int64_t position = 0;
        for (int d = 0; d < digits; d++) {
            int64_t size = starts[d];
            starts[d] = position;
            position += size;
        }
        for (int64_t i = 0; i < count; i++) {
            int64_t to = starts[(keys[i] >> shift) & (digits - 1)]++;
            other_keys[to] = keys[i];
            other_rows[to] = rows[i];
        }
        memcpy(keys, other_keys, sizeof(uint64_t) * (size_t)count);
        memcpy(rows, other_rows, sizeof(int32_t) * (size_t)count);
    }
    free(other_keys);
    free(other_rows);
    free(starts);
}

void baocao_sort_index(const baocao_table *table, const int32_t *columns, int column_count,
                       int32_t *rows, double *rows_per_key, int64_t *code_starts) {
    order o = {table, columns, column_count};
    int64_t count = table->row_count;
    for (int64_t i = 0; i < count; i++) rows[i] = (int32_t)i;
    int sorted = 1;
    for (int64_t i = 1; i < count && sorted; i++) sorted = compare_rows(&o, rows[i - 1], rows[i]) <= 0;
    if (!sorted) {
        // Keys of texts and integers usually fit in one number, sorted by its digits without
        // comparing rows; otherwise rows are compared column by column.
        uint64_t *keys = malloc(sizeof(uint64_t) * (size_t)count);
        if (!keys) abort();   // out of memory: no index can be made
        int bits = pack_keys(&o, count, keys);
        if (bits) {
            radix_sort(keys, rows, count, bits);
        } else {
            int32_t *scratch = malloc(sizeof(int32_t) * (size_t)(count / 2 + 1));
            if (!scratch) abort();
            baocao_merge_sort(rows, scratch, count, compare_ordered_rows, &o);
            free(scratch);
        }
        free(keys);
    }
    // Distinct keys of each prefix length: where a row differs from the one before.
    int64_t *distinct = calloc((size_t)column_count, sizeof(int64_t));
    if (!distinct) abort();
    for (int64_t i = 0; i < count; i++) {
        int shared = i == 0 ? 0 : shared_prefix(&o, rows[i - 1], rows[i]);
        for (int k = shared; k < column_count; k++) distinct[k]++;
    }
    for (int k = 0; k < column_count; k++) {
        rows_per_key[k] = distinct[k] ? (double)count / (double)distinct[k] : 1;
    }
    free(distinct);
    const baocao_column *first = &table->columns[columns[0]];
    if (code_starts && first->kind == BAOCAO_COLUMN_TEXT) {
        int64_t position = 0;
        for (int32_t code = 0; code <= first->distinct_count; code++) {
            while (position < count && first->codes[rows[position]] < code) position++;
            code_starts[code] = position;
        }
    }
}
