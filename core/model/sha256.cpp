// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define MEASURES_SHA_NI 1
#include <immintrin.h>
#endif

namespace {

constexpr std::uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef MEASURES_SHA_NI
alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
    0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// FIPS 180-4's compression of whole 64-byte blocks, four rounds per step, with SHA-NI.
__attribute__((target("sha,sse4.1"))) void compressShaNi(std::uint32_t state[8], const unsigned char *data, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);             // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);       // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);    // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i w[16];
        for (int i = 0; i < 16; ++i) {
            if (i < 4)
                w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
            else // w[t] = s1(w[t-2]) + w[t-7] + s0(w[t-15]) + w[t-16], four at a time
                w[i] = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w[i - 4], w[i - 3]), _mm_alignr_epi8(w[i - 1], w[i - 2], 4)),
                                            w[i - 1]);
            __m128i message = _mm_add_epi32(w[i], _mm_load_si128(reinterpret_cast<const __m128i *>(&kRound[4 * i])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, message);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);          // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);       // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);    // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);       // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}
#endif

} // namespace

bool Sha256::accelerated()
{
#ifdef MEASURES_SHA_NI
    static const bool has = __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") && __builtin_cpu_supports("ssse3");
    return has;
#else
    return false;
#endif
}

Sha256::Sha256() : m_accelerated(accelerated())
{
    std::memcpy(m_state, kInitial, sizeof m_state);
    if (!m_accelerated)
        m_fallback.emplace(QCryptographicHash::Sha256);
}

void Sha256::compress(const unsigned char *blocks, qsizetype count)
{
#ifdef MEASURES_SHA_NI
    compressShaNi(m_state, blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(QByteArrayView data)
{
    if (!m_accelerated) {
        m_fallback->addData(data);
        return;
    }
    Q_ASSERT(!m_finished);
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype size = data.size();
    m_length += quint64(size);
    if (m_used > 0) {
        const qsizetype taken = qMin<qsizetype>(size, 64 - m_used);
        std::memcpy(m_block + m_used, bytes, size_t(taken));
        m_used += int(taken);
        bytes += taken;
        size -= taken;
        if (m_used < 64)
            return;
        compress(m_block, 1);
        m_used = 0;
    }
    if (size >= 64) {
        compress(bytes, size / 64);
        bytes += size - size % 64;
        size %= 64;
    }
    std::memcpy(m_block, bytes, size_t(size));
    m_used = int(size);
}

void Sha256::finish()
{
    if (m_finished)
        return;
    // The padding: a 1 bit, zeros, then the length in bits, big-endian, ending a block.
    const quint64 bits = m_length * 8;
    m_block[m_used++] = 0x80;
    if (m_used > 56) {
        std::memset(m_block + m_used, 0, size_t(64 - m_used));
        compress(m_block, 1);
        m_used = 0;
    }
    std::memset(m_block + m_used, 0, size_t(56 - m_used));
    for (int i = 0; i < 8; ++i)
        m_block[56 + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    compress(m_block, 1);
    m_used = 0;
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            m_digest[4 * i + j] = char(m_state[i] >> (24 - 8 * j));
    m_finished = true;
}

QByteArray Sha256::result()
{
    if (!m_accelerated)
        return m_fallback->result();
    finish();
    return QByteArray(m_digest, sizeof m_digest);
}

void Sha256::appendResult(QByteArray &out, qsizetype size)
{
    if (!m_accelerated) {
        out += m_fallback->resultView().first(qMin<qsizetype>(size, 32));
        return;
    }
    finish();
    out.append(m_digest, qMin<qsizetype>(size, qsizetype(sizeof m_digest)));
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}
