/// The spec's name (a validated id, `[A-Za-z][A-Za-z0-9_-]*`) as the names a Python project
/// needs. Only one name per project is derived, so these need not be one-to-one.
public enum PythonNames {
    /// An importable package name: `-` becomes `_`, and a keyword, or a name that would hide a
    /// module the project imports (the standard library's, its dependencies', its own `tests`),
    /// gets a trailing `_`: a package named `email` breaks `import email.message` everywhere.
    public static func package(_ name: String) -> String {
        let candidate = name.replacing("-", with: "_")
        return keywords.contains(candidate) || taken.contains(candidate) ? candidate + "_" : candidate
    }

    /// A distribution name for pyproject.toml: PEP 508 names end with a letter or digit.
    public static func project(_ name: String) -> String {
        var result = Substring(name)
        while let last = result.last, last == "-" || last == "_" { result = result.dropLast() }
        return result.isEmpty ? "project" : String(result)
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Top-level modules a generated project may import: Python's standard library (3.11's
    /// `sys.stdlib_module_names`, public names, and those added since), the packages its pinned
    /// dependencies and extras install, and the project's own `tests` and `conftest`.
    static let taken: Set<String> = [
        "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio",
        "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2",
        "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs",
        "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
        "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses",
        "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest",
        "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
        "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt",
        "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac",
        "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io",
        "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging",
        "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder",
        "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath",
        "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib",
        "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib",
        "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
        "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
        "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve",
        "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket",
        "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl",
        "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable",
        "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios",
        "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
        "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types",
        "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave",
        "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc",
        "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
        "aiosqlite", "annotated_types", "anthropic", "anyio", "certifi", "charset_normalizer",
        "colorama", "distro", "docstring_parser", "exceptiongroup", "google", "h11", "httpcore",
        "httpx", "idna", "iniconfig", "jiter", "jsonpatch", "jsonpointer", "langchain",
        "langchain_anthropic", "langchain_core", "langchain_openai", "langchain_protocol",
        "langgraph", "langgraph_sdk", "langsmith", "openai", "opentelemetry", "orjson",
        "ormsgpack", "packaging", "pkg_resources", "pluggy", "py", "pydantic", "pydantic_core",
        "pygments", "pytest", "regex", "requests", "requests_toolbelt", "setuptools", "sniffio",
        "sqlite_vec", "tenacity", "tiktoken", "tomli", "truststore", "typing_extensions",
        "typing_inspection", "urllib3", "uuid_utils", "websockets", "xxhash", "yaml", "zstandard",
        "tqdm", "importlib_metadata", "zipp",
        // Standard-library modules added after 3.11 (the project allows any newer Python).
        "annotationlib", "compression",
        "tests", "conftest",
    ]
}
