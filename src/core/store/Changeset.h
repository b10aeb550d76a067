// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

struct sqlite3_session;

namespace sayline::store {

class Database;

/// The rows one edit changed in the library, old and new values (SQLite's session extension): applied again to
/// redo the edit, or inverted to undo it. The full-text indexes are not recorded; they follow the rows.
class Changeset
{
public:
    Changeset() = default;
    explicit Changeset(std::vector<unsigned char> bytes);

    bool empty() const { return m_bytes.empty(); }
    /// The changeset that takes the rows back to their state before this one.
    Changeset inverted() const;
    /// Applies the changes in the connection's current transaction. Throws Error(Conflict) naming what is in the
    /// way when a row is no longer as the changeset expects (changed since by another edit or a re-analysis);
    /// nothing is applied then.
    void applyTo(Database& db) const;

private:
    std::vector<unsigned char> m_bytes;
};

/// Records every row change made on a connection to the library's tables while it lives.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Database& db);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    /// What was changed so far.
    Changeset changes() const;

private:
    struct Deleter
    {
        void operator()(sqlite3_session* session) const noexcept;
    };
    std::unique_ptr<sqlite3_session, Deleter> m_session;
};

} // namespace sayline::store
