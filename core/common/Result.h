#pragma once

#include "Error.h"

#include <tl/expected.hpp>

namespace Kontor {

// The return type of every fallible core call: a value or an Error, never an exception.
// [[nodiscard]] makes an ignored result a compiler warning (STYLE.md, "Errors").
template <typename T> class [[nodiscard]] Result : public tl::expected<T, Error>
{
public:
    using tl::expected<T, Error>::expected;
    Result(const Error &e)
        : tl::expected<T, Error>(tl::unexpected<Error>(e))
    {}
    Result(Error &&e)
        : tl::expected<T, Error>(tl::unexpected<Error>(std::move(e)))
    {}
};

template <> class [[nodiscard]] Result<void> : public tl::expected<void, Error>
{
public:
    using tl::expected<void, Error>::expected;
    Result()
        : tl::expected<void, Error>()
    {}
    Result(const Error &e)
        : tl::expected<void, Error>(tl::unexpected<Error>(e))
    {}
    Result(Error &&e)
        : tl::expected<void, Error>(tl::unexpected<Error>(std::move(e)))
    {}
};

} // namespace Kontor
