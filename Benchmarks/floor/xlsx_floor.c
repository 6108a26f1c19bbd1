/*
 * The floor for `baocao batch --format xlsx`: a plain C loop over
 * libxlsxwriter (the library baocao writes XLSX with) that writes the same
 * workbooks, sheets and cells baocao wrote, and nothing more — no formats
 * (except one date format, so date cells stay dates), no merges, widths or
 * row heights, no manifest. The time it takes is the library's own share of
 * a batch; whatever baocao takes beyond it is ours.
 *
 * The cells come from a dump made by dump_cells.py (from baocao's own
 * output). Format, all numbers in ASCII decimal, rows and columns zero-based:
 *
 *   baocao-cells 1\n                     first line
 *   W <len>\n<len bytes>\n               a workbook: its file name
 *   S <len>\n<len bytes>\n               a sheet of the last workbook: its name
 *   s <row> <col> <len>\n<len bytes>\n   a string cell (UTF-8, any bytes)
 *   n <row> <col> <number>\n             a number cell (strtod syntax)
 *   d <row> <col> <serial>\n             a date cell: Excel serial number
 *   b <row> <col> <0|1>\n                a boolean cell
 *
 * libxlsxwriter's temporary files (one per part of a workbook) go where
 * baocao's XLSX writer puts them (XLSXWriter.scratchFolder): TMPDIR when set,
 * else /dev/shm when it has 256 MiB free, else tmpfile()'s /tmp. On this
 * machine's ext4 /tmp that choice alone is a third of the floor's time.
 *
 * usage: xlsx_floor [-j JOBS] DUMP_FILE OUT_DIR
 * Reads and parses the whole dump first, then writes every workbook into
 * OUT_DIR (JOBS forked processes share them out, default 1) and reports the
 * writing time alone on stdout:
 *   floor: W workbooks, S sheets, C cells; parse P s; write T s
 *
 * build: gcc -O2 -o xlsx_floor xlsx_floor.c -lxlsxwriter
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

typedef struct {
    char type; /* 's', 'n', 'd', 'b' */
    lxw_row_t row;
    lxw_col_t col;
    const char *text; /* 's': NUL-terminated, inside the dump buffer */
    double number;    /* 'n', 'd', 'b' */
} Cell;

typedef struct {
    const char *name;
    size_t first_cell, cell_count;
} Sheet;

typedef struct {
    const char *name;
    size_t first_sheet, sheet_count;
} Book;

static Cell *cells;
static Sheet *sheets;
static Book *books;
static size_t ncells, nsheets, nbooks;

static void die(const char *what, const char *detail) {
    fprintf(stderr, "xlsx_floor: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    exit(1);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* Appends one element to a growing array. */
#define PUSH(array, count, capacity, value)                                              \
    do {                                                                                 \
        if ((count) == (capacity)) {                                                     \
            (capacity) = (capacity) ? 2 * (capacity) : 1024;                             \
            (array) = realloc((array), (capacity) * sizeof *(array));                    \
            if (!(array)) die("out of memory", NULL);                                    \
        }                                                                                \
        (array)[(count)++] = (value);                                                    \
    } while (0)

static char *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) die(path, strerror(errno));
    if (fseek(f, 0, SEEK_END) != 0) die(path, strerror(errno));
    long length = ftell(f);
    rewind(f);
    char *buffer = malloc((size_t)length + 1);
    if (!buffer) die("out of memory", NULL);
    if (fread(buffer, 1, (size_t)length, f) != (size_t)length) die(path, "short read");
    fclose(f);
    buffer[length] = '\0';
    *size = (size_t)length;
    return buffer;
}

/* Reads an unsigned decimal at *p and the one separator after it. */
static unsigned long number_field(char **p, char separator) {
    char *end;
    unsigned long value = strtoul(*p, &end, 10);
    if (end == *p || *end != separator) die("bad dump", "expected a number");
    *p = end + 1;
    return value;
}

/* Reads `len\n<bytes>\n` at *p, NUL-terminates the bytes in place (over the
 * newline after them) and returns them. */
static const char *counted_text(char **p, const char *limit) {
    unsigned long length = number_field(p, '\n');
    char *text = *p;
    if (text + length >= limit || text[length] != '\n') die("bad dump", "text length");
    text[length] = '\0';
    *p = text + length + 1;
    return text;
}

static void parse(char *p, size_t size) {
    const char *limit = p + size;
    size_t cap_cells = 0, cap_sheets = 0, cap_books = 0;
    static const char magic[] = "baocao-cells 1\n";
    if (strncmp(p, magic, sizeof magic - 1) != 0) die("bad dump", "not a baocao-cells 1 file");
    p += sizeof magic - 1;
    while (p < limit) {
        char type = p[0];
        if (p + 2 > limit || p[1] != ' ') die("bad dump", "record type");
        p += 2;
        if (type == 'W') {
            Book book = {counted_text(&p, limit), nsheets, 0};
            PUSH(books, nbooks, cap_books, book);
        } else if (type == 'S') {
            if (!nbooks) die("bad dump", "sheet before any workbook");
            Sheet sheet = {counted_text(&p, limit), ncells, 0};
            PUSH(sheets, nsheets, cap_sheets, sheet);
            books[nbooks - 1].sheet_count++;
        } else {
            if (!nsheets) die("bad dump", "cell before any sheet");
            Cell cell = {type, 0, 0, NULL, 0};
            cell.row = (lxw_row_t)number_field(&p, ' ');
            cell.col = (lxw_col_t)number_field(&p, ' ');
            if (type == 's') {
                cell.text = counted_text(&p, limit);
            } else if (type == 'n' || type == 'd' || type == 'b') {
                char *end;
                cell.number = strtod(p, &end);
                if (end == p || *end != '\n') die("bad dump", "number");
                p = end + 1;
            } else {
                die("bad dump", "unknown record type");
            }
            PUSH(cells, ncells, cap_cells, cell);
            sheets[nsheets - 1].cell_count++;
        }
    }
}

/* The same rule as baocao's XLSXWriter.scratchFolder; NULL: tmpfile()'s own. */
static char *scratch_folder(void) {
    const char *folder = getenv("TMPDIR");
    if (folder && *folder && access(folder, W_OK | X_OK) == 0) return (char *)folder;
    struct statvfs stats;
    if (access("/dev/shm", W_OK | X_OK) == 0 && statvfs("/dev/shm", &stats) == 0
        && (unsigned long long)stats.f_bavail * stats.f_frsize >= 256ULL << 20)
        return "/dev/shm";
    return NULL;
}

static void write_book(const Book *book, const char *out_dir) {
    size_t length = strlen(out_dir) + strlen(book->name) + 2;
    char *path = malloc(length);
    snprintf(path, length, "%s/%s", out_dir, book->name);
    lxw_workbook_options options = {.tmpdir = scratch_folder()};
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (!workbook) die(path, "workbook_new failed");
    lxw_format *date = NULL; /* made on the first date cell */
    for (size_t s = book->first_sheet; s < book->first_sheet + book->sheet_count; s++) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheets[s].name);
        if (!sheet) die(sheets[s].name, "workbook_add_worksheet failed");
        const Cell *cell = cells + sheets[s].first_cell;
        const Cell *end = cell + sheets[s].cell_count;
        for (; cell < end; cell++) {
            lxw_error error;
            switch (cell->type) {
            case 's': error = worksheet_write_string(sheet, cell->row, cell->col, cell->text, NULL); break;
            case 'n': error = worksheet_write_number(sheet, cell->row, cell->col, cell->number, NULL); break;
            case 'b': error = worksheet_write_boolean(sheet, cell->row, cell->col, cell->number != 0, NULL); break;
            default: /* 'd' */
                if (!date) {
                    date = workbook_add_format(workbook);
                    format_set_num_format(date, "dd/mm/yyyy");
                }
                error = worksheet_write_number(sheet, cell->row, cell->col, cell->number, date);
            }
            if (error) die(book->name, lxw_strerror(error));
        }
    }
    lxw_error error = workbook_close(workbook);
    if (error) die(path, lxw_strerror(error));
    free(path);
}

int main(int argc, char **argv) {
    int jobs = 1, option;
    while ((option = getopt(argc, argv, "j:")) != -1) {
        if (option == 'j' && atoi(optarg) >= 1) jobs = atoi(optarg);
        else die("usage", "xlsx_floor [-j JOBS] DUMP_FILE OUT_DIR");
    }
    if (argc - optind != 2) die("usage", "xlsx_floor [-j JOBS] DUMP_FILE OUT_DIR");
    const char *dump = argv[optind], *out_dir = argv[optind + 1];
    if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) die(out_dir, strerror(errno));

    double t0 = now();
    size_t size;
    char *buffer = read_file(dump, &size);
    parse(buffer, size);
    double t1 = now();

    if (jobs == 1) {
        for (size_t b = 0; b < nbooks; b++) write_book(&books[b], out_dir);
    } else {
        /* Each child writes every jobs-th workbook, as baocao's --jobs writers share a batch. */
        fflush(NULL);
        for (int k = 0; k < jobs; k++) {
            pid_t pid = fork();
            if (pid < 0) die("fork", strerror(errno));
            if (pid == 0) {
                for (size_t b = (size_t)k; b < nbooks; b += (size_t)jobs) write_book(&books[b], out_dir);
                _exit(0);
            }
        }
        int status, failed = 0;
        while (wait(&status) > 0)
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
        if (failed) die("a writer process failed", NULL);
    }
    double t2 = now();
    printf("floor: %zu workbooks, %zu sheets, %zu cells; parse %.3f s; write %.3f s\n", nbooks, nsheets, ncells,
           t1 - t0, t2 - t1);
    return 0;
}
