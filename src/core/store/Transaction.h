// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace sayline::store {

class Database;

/// BEGIN IMMEDIATE ... COMMIT; rolls back at scope exit unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

/// BEGIN ... ROLLBACK around a group of reads (nothing when the connection is in a transaction already): one
/// snapshot for all of them, and one read lock instead of one per statement (each costs fcntl and stat calls).
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_began = false;
};

/// A nested unit inside a transaction (SAVEPOINT): released by commit(), rolled back to at scope exit
/// otherwise, so one failed article leaves nothing while the rest of the batch goes on.
class Savepoint
{
public:
    Savepoint(Database& db, std::string name);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    void commit();

private:
    Database& m_db;
    std::string m_name;
    bool m_done = false;
};

} // namespace sayline::store
