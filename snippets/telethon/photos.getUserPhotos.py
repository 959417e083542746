import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.photos.GetUserPhotosRequest(
                user_id="durov", offset=0, max_id=0, limit=10
            )
        )
        print(result.stringify())


asyncio.run(main())
