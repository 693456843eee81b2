// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// splitmix64: tiny, fast and identical on every platform, so that the same seed gives the same
// generated measures and files on every machine.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); } // bias is negligible for small n
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const T *items, int count) { return items[below(count)]; }

private:
    quint64 m_state;
};
