// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "service/OrderedWorkers.h"

using sayline::service::forEachInOrder;

namespace {

/// produce(i) takes longer for early inputs, so later ones finish first on several threads.
std::string slowFirst(std::size_t i)
{
    std::this_thread::sleep_for(std::chrono::microseconds(i < 8 ? 2000 : 10));
    return "item " + std::to_string(i);
}

} // namespace

TEST(OrderedWorkers, handsResultsOverInInputOrderWhateverOrderTheyFinishIn)
{
    std::vector<std::string> seen;
    forEachInOrder<std::string>(200, 4, slowFirst, [&](std::size_t i, std::string& result) {
        EXPECT_EQ(i, seen.size());
        seen.push_back(result);
    });
    ASSERT_EQ(seen.size(), 200u);
    for (std::size_t i = 0; i < seen.size(); ++i)
        EXPECT_EQ(seen[i], "item " + std::to_string(i));
}

TEST(OrderedWorkers, consumesOnTheCallingThreadAndProducesElsewhereWithSeveralJobs)
{
    const auto caller = std::this_thread::get_id();
    std::atomic<int> producedHere { 0 };
    forEachInOrder<int>(
        50, 2,
        [&](std::size_t i) {
            if (std::this_thread::get_id() == caller)
                ++producedHere;
            return static_cast<int>(i);
        },
        [&](std::size_t, int&) { EXPECT_EQ(std::this_thread::get_id(), caller); });
    EXPECT_EQ(producedHere.load(), 0);
}

TEST(OrderedWorkers, oneJobRunsEverythingOnTheCallingThread)
{
    const auto caller = std::this_thread::get_id();
    int count = 0;
    forEachInOrder<int>(
        10, 1,
        [&](std::size_t i) {
            EXPECT_EQ(std::this_thread::get_id(), caller);
            return static_cast<int>(i);
        },
        [&](std::size_t i, int& result) {
            EXPECT_EQ(result, static_cast<int>(i));
            ++count;
        });
    EXPECT_EQ(count, 10);
}

TEST(OrderedWorkers, holdsOnlyAFewResultsPerThreadAtOnce)
{
    // The consumer is slow: the workers may not run ahead of it by more than the window.
    std::atomic<std::size_t> produced { 0 };
    std::size_t largestLead = 0;
    forEachInOrder<int>(
        300, 3,
        [&](std::size_t i) {
            ++produced;
            return static_cast<int>(i);
        },
        [&](std::size_t i, int&) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            largestLead = std::max(largestLead, produced.load() - i);
        });
    EXPECT_LE(largestLead, 3u * 4u + 1u); // the one being consumed and a full window behind it
}

TEST(OrderedWorkers, aFailureStopsTheWorkersAndReachesTheCaller)
{
    std::atomic<std::size_t> produced { 0 };
    std::size_t consumed = 0;
    EXPECT_THROW(forEachInOrder<int>(
                     10000, 2,
                     [&](std::size_t i) {
                         ++produced;
                         if (i == 20)
                             throw std::runtime_error("bad input");
                         return static_cast<int>(i);
                     },
                     [&](std::size_t, int&) { ++consumed; }),
                 std::runtime_error);
    EXPECT_EQ(consumed, 20u);
    EXPECT_LT(produced.load(), 100u);
}
