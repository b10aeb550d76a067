// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

namespace sayline::store {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The connection already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database& db)
    : m_db(db)
{
    if (m_db.inTransaction())
        return;
    m_db.cached("BEGIN").run();
    m_began = true;
}

ReadTransaction::~ReadTransaction()
{
    if (!m_began)
        return;
    try {
        m_db.cached("ROLLBACK").run(); // nothing was written: ending it is all
    } catch (...) {
    }
}

Savepoint::Savepoint(Database& db, std::string name)
    : m_db(db)
    , m_name(std::move(name))
{
    // Prepared once per connection: an import opens and releases one per article.
    m_db.cached("SAVEPOINT " + m_name).run();
}

Savepoint::~Savepoint()
{
    if (m_done)
        return;
    try {
        m_db.exec("ROLLBACK TO " + m_name + "; RELEASE " + m_name);
    } catch (...) {
    }
}

void Savepoint::commit()
{
    m_db.cached("RELEASE " + m_name).run();
    m_done = true;
}

} // namespace sayline::store
