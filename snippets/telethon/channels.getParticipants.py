import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.channels.GetParticipantsRequest(
                channel="telegram",
                filter=types.ChannelParticipantsRecent(),
                offset=0,
                limit=10,
                hash=0,
            )
        )
        print(result.stringify())


asyncio.run(main())
