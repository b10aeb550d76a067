// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sayline::service {

/// How many worker threads `jobs` asks for: itself when positive, else every core (at least one).
inline int workerCount(int jobs)
{
    if (jobs > 0)
        return jobs;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

/// Runs produce(i) for every i in [0, count) on up to `jobs` threads (0: every core) and hands each result to
/// consume(i, result) on the calling thread, in index order, as soon as it and every earlier one are done. At
/// most a few results per thread are held at once, so memory does not grow with count. With one job
/// everything runs on the calling thread. An exception from produce or consume stops the workers and is
/// rethrown here, after they have been joined.
template <typename Result>
void forEachInOrder(std::size_t count, int jobs, const std::function<Result(std::size_t)>& produce,
                    const std::function<void(std::size_t, Result&)>& consume)
{
    const std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(workerCount(jobs)), count);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            Result result = produce(i);
            consume(i, result);
        }
        return;
    }

    struct Slot
    {
        std::optional<Result> result;
        std::exception_ptr error;
    };
    const std::size_t window = threads * 4; // results in work or waiting for their turn
    std::vector<Slot> slots(window);
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t claimed = 0; // the next index a worker takes
    std::size_t consumed = 0; // the next index handed to consume
    bool stopping = false;

    auto work = [&] {
        while (true) {
            std::size_t i = 0;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || claimed >= count || claimed < consumed + window; });
                if (stopping || claimed >= count)
                    return;
                i = claimed++;
            }
            Slot done;
            try {
                done.result.emplace(produce(i));
            } catch (...) {
                done.error = std::current_exception();
            }
            std::lock_guard lock(mutex);
            slots[i % window] = std::move(done);
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(threads);
    auto stopAndJoin = [&] {
        {
            std::lock_guard lock(mutex);
            stopping = true;
            changed.notify_all();
        }
        for (std::thread& worker : workers)
            worker.join();
    };
    try {
        for (std::size_t t = 0; t < threads; ++t)
            workers.emplace_back(work);
        for (std::size_t i = 0; i < count; ++i) {
            Slot slot;
            {
                std::unique_lock lock(mutex);
                Slot& waiting = slots[i % window];
                changed.wait(lock, [&] { return waiting.result.has_value() || waiting.error; });
                slot = std::move(waiting);
                waiting = Slot {};
                consumed = i + 1;
                changed.notify_all();
            }
            if (slot.error)
                std::rethrow_exception(slot.error);
            consume(i, *slot.result);
        }
    } catch (...) {
        stopAndJoin();
        throw;
    }
    stopAndJoin();
}

} // namespace sayline::service
