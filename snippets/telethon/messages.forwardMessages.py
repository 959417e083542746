import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.messages.ForwardMessagesRequest(
                from_peer="durov", id=[142], to_peer="durov"
            )
        )
        print(result.stringify())


asyncio.run(main())
