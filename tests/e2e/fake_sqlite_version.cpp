// Preloaded by cli_hardening.sh: a second "SQLite" that answers the version calls the program makes
// itself, while Qt's driver keeps the real libsqlite3 — the mix the start-up check must refuse.
extern "C" const char* sqlite3_libversion()
{
    return "3.0.0";
}

extern "C" const char* sqlite3_sourceid()
{
    return "2000-01-01 00:00:00 not the library Qt uses";
}
