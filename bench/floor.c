/*
 * The floor: libyaml's bare event scan over one file, and nothing else.
 *
 * Reads the whole file into memory, hands it to libyaml with
 * yaml_parser_set_input_string (as osspec does), and pulls events until
 * STREAM_END, deleting each one. No tool built on libyaml's parser can read
 * the same file faster, so osspec's lint time is reported as a ratio to this.
 *
 *     cc -O2 bench/floor.c $(pkg-config --cflags --libs yaml-0.1) -o floor
 *     ./floor spec.osspec.yaml
 *
 * Exits 0 after a clean scan, 1 on a YAML error (with its position on stderr),
 * 2 on a usage or I/O error. On success it prints nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    size_t capacity = 1 << 16, used = 0;
    unsigned char *buffer = malloc(capacity);
    while (buffer) {
        size_t got = fread(buffer + used, 1, capacity - used, file);
        used += got;
        if (used < capacity) break;
        unsigned char *grown = realloc(buffer, capacity * 2);
        if (!grown) { free(buffer); buffer = NULL; break; }
        buffer = grown;
        capacity *= 2;
    }
    if (buffer && ferror(file)) { free(buffer); buffer = NULL; }
    fclose(file);
    *length = used;
    return buffer;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    size_t length = 0;
    unsigned char *input = read_file(argv[1], &length);
    if (!input) {
        fprintf(stderr, "%s: %s\n", argv[1], strerror(errno ? errno : EIO));
        return 2;
    }

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "floor: cannot initialize the libyaml parser\n");
        return 2;
    }
    yaml_parser_set_input_string(&parser, input, length);

    int status = 0;
    unsigned long events = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", argv[1],
                    (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "YAML error");
            status = 1;
            break;
        }
        yaml_event_type_t type = event.type;
        yaml_event_delete(&event);
        events++;
        if (type == YAML_STREAM_END_EVENT) break;
    }
    if (getenv("FLOOR_VERBOSE")) fprintf(stderr, "%lu events\n", events);

    yaml_parser_delete(&parser);
    free(input);
    return status;
}
