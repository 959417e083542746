import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.upload.SaveFilePartRequest(
                file_id=5368324170671202286, file_part=0, bytes=b"arbitrary data here"
            )
        )
        print(result)


asyncio.run(main())
