// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPasswords.h"

#include <map>
#include <mutex>

namespace sayline::store::postgresql {
namespace {

struct Registry
{
    std::mutex mutex;
    std::map<std::string, std::string> passwords;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

/// Overwrites the characters before the string lets its buffer go, so a forgotten password does not linger.
void scrub(std::string& secret)
{
    for (char& c : secret)
        *static_cast<volatile char*>(&c) = '\0';
}

} // namespace

void SessionPasswords::remember(const std::string& address, const std::string& password)
{
    if (password.empty()) {
        forget(address);
        return;
    }
    Registry& passwords = registry();
    const std::lock_guard lock(passwords.mutex);
    std::string& slot = passwords.passwords[address];
    scrub(slot);
    slot = password;
}

void SessionPasswords::forget(const std::string& address)
{
    Registry& passwords = registry();
    const std::lock_guard lock(passwords.mutex);
    if (const auto found = passwords.passwords.find(address); found != passwords.passwords.end()) {
        scrub(found->second);
        passwords.passwords.erase(found);
    }
}

std::optional<std::string> SessionPasswords::lookup(const std::string& address)
{
    Registry& passwords = registry();
    const std::lock_guard lock(passwords.mutex);
    if (const auto found = passwords.passwords.find(address); found != passwords.passwords.end())
        return found->second;
    return std::nullopt;
}

} // namespace sayline::store::postgresql
