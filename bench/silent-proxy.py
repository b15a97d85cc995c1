#!/usr/bin/env python3
"""A TCP proxy on loopback whose open connections go silent on SIGUSR1: what they are sent is taken
and never delivered, and nothing is closed, as a connection left half-open by a network fault.
New connections work as before.

    bench/silent-proxy.py LISTEN_PORT UPSTREAM_PORT
"""
import asyncio
import signal
import sys

links = set()


class Link:
    def __init__(self):
        self.silent = False


async def pump(reader, writer, link):
    try:
        while data := await reader.read(65536):
            if not link.silent:
                writer.write(data)
                await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        if not link.silent:
            writer.close()


async def serve(client_reader, client_writer, upstream_port):
    link = Link()
    links.add(link)
    upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", upstream_port)
    await asyncio.gather(
        pump(client_reader, upstream_writer, link), pump(upstream_reader, client_writer, link)
    )
    links.discard(link)


def silence():
    for link in links:
        link.silent = True
    print(f"silenced {len(links)} connection(s)", file=sys.stderr, flush=True)


async def main(listen_port, upstream_port):
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, silence)
    server = await asyncio.start_server(
        lambda r, w: serve(r, w, upstream_port), "127.0.0.1", listen_port
    )
    async with server:
        await server.serve_forever()


asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
